package dev.realmforge.engine.rpg.error;

import dev.realmforge.engine.chat.ChatRefusal;
import dev.realmforge.engine.error.RuleCode;

/**
 * The rpg profile's error vocabulary: every error its rules and its transport report. The rpg
 * transport sends the constant's name as {@code error_code}.
 */
public enum RpgErrorCode implements RuleCode {
    AUTHENTICATION_FAILED,
    AUTHENTICATION_MISSING_TOKEN,
    AUTHENTICATION_INVALID_PAYLOAD,
    AUTHENTICATION_EXPIRED_TOKEN,

    MOVEMENT_RATE_LIMITED,
    MOVEMENT_BLOCKED,
    MOVEMENT_INVALID_DIRECTION,
    MOVEMENT_OUT_OF_BOUNDS,

    CHAT_RATE_LIMITED,
    CHAT_MESSAGE_TOO_LONG,
    CHAT_EMPTY_MESSAGE,
    CHAT_DM_RECIPIENT_NOT_FOUND,
    CHAT_INVALID_CHANNEL,
    /** Not in the rpg spec: a player without the global-chat permission used the global channel. */
    CHAT_PERMISSION_DENIED,

    INVENTORY_SLOT_EMPTY,
    INVENTORY_INVALID_SLOT,
    INVENTORY_FULL,
    INVENTORY_ITEM_NOT_FOUND,
    /** Not in the rpg spec: cmd_inventory_use on an item that has no use (coins, say). */
    INVENTORY_ITEM_NOT_USABLE,
    /** Not in the rpg spec: cmd_pickup_item for a ground item more than one tile away. */
    INVENTORY_ITEM_OUT_OF_REACH,

    EQUIPMENT_SLOT_INVALID,
    EQUIPMENT_REQUIREMENTS_NOT_MET,
    EQUIPMENT_WRONG_SLOT,
    EQUIPMENT_INVENTORY_FULL,

    COMBAT_TARGET_NOT_FOUND,
    COMBAT_OUT_OF_RANGE,
    COMBAT_ALREADY_IN_COMBAT,
    COMBAT_INVALID_TARGET,

    CHUNKS_RADIUS_TOO_LARGE,
    CHUNKS_MAP_NOT_FOUND,
    CHUNKS_INVALID_COORDINATES,

    INVALID_MESSAGE_FORMAT,
    UNKNOWN_MESSAGE_TYPE,
    PROTOCOL_VERSION_MISMATCH,
    INTERNAL_SERVER_ERROR;

    /** The rpg code for any rule code: rpg's own as they are, the core's chat refusals as rpg's chat codes. */
    public static RpgErrorCode of(RuleCode code) {
        if (code instanceof RpgErrorCode rpg) {
            return rpg;
        }
        if (code instanceof ChatRefusal chat) {
            return switch (chat) {
                case RATE_LIMITED -> CHAT_RATE_LIMITED;
                case EMPTY_MESSAGE -> CHAT_EMPTY_MESSAGE;
                case MESSAGE_TOO_LONG -> CHAT_MESSAGE_TOO_LONG;
            };
        }
        throw new IllegalArgumentException("no rpg code for " + code.getClass().getName() + "." + code.name());
    }
}
