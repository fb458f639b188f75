package dev.realmforge.web.rpg.wire;

/** The rpg protocol's message type names. */
public final class MessageType {

    public static final String CMD_AUTHENTICATE = "cmd_authenticate";
    public static final String CMD_CHAT_SEND = "cmd_chat_send";
    public static final String CMD_MOVE = "cmd_move";
    public static final String QUERY_CHUNKS = "query_chunks";
    public static final String QUERY_INVENTORY = "query_inventory";
    public static final String CMD_INVENTORY_USE = "cmd_inventory_use";
    public static final String CMD_INVENTORY_DROP = "cmd_inventory_drop";
    public static final String QUERY_EQUIPMENT = "query_equipment";
    public static final String CMD_EQUIPMENT_EQUIP = "cmd_equipment_equip";
    public static final String CMD_EQUIPMENT_UNEQUIP = "cmd_equipment_unequip";
    public static final String CMD_PICKUP_ITEM = "cmd_pickup_item";
    public static final String CMD_ATTACK = "cmd_attack";

    public static final String RESP_SUCCESS = "resp_success";
    public static final String RESP_ERROR = "resp_error";

    public static final String EVENT_WELCOME = "event_welcome";
    public static final String EVENT_CHAT_MESSAGE = "event_chat_message";
    public static final String EVENT_SKILLS = "event_skills";
    public static final String EVENT_GAME_UPDATE = "event_game_update";
    public static final String EVENT_SERVER_SHUTDOWN = "event_server_shutdown";
    public static final String EVENT_INVENTORY_UPDATE = "event_inventory_update";
    public static final String EVENT_EQUIPMENT_UPDATE = "event_equipment_update";
    public static final String EVENT_GROUND_ITEMS_UPDATE = "event_ground_items_update";
    public static final String EVENT_PLAYER_DIED = "event_player_died";
    public static final String EVENT_PLAYER_RESPAWNED = "event_player_respawned";

    private MessageType() {
    }
}
