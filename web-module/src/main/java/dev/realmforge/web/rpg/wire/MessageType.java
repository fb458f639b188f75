package dev.realmforge.web.rpg.wire;

/** The rpg protocol's message type names. */
public final class MessageType {

    public static final String CMD_AUTHENTICATE = "cmd_authenticate";
    public static final String CMD_CHAT_SEND = "cmd_chat_send";
    public static final String CMD_MOVE = "cmd_move";
    public static final String QUERY_CHUNKS = "query_chunks";

    public static final String RESP_SUCCESS = "resp_success";
    public static final String RESP_ERROR = "resp_error";

    public static final String EVENT_WELCOME = "event_welcome";
    public static final String EVENT_CHAT_MESSAGE = "event_chat_message";
    public static final String EVENT_SKILLS = "event_skills";
    public static final String EVENT_GAME_UPDATE = "event_game_update";
    public static final String EVENT_SERVER_SHUTDOWN = "event_server_shutdown";

    private MessageType() {
    }
}
