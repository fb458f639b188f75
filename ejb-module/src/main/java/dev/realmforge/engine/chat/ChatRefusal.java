package dev.realmforge.engine.chat;

import dev.realmforge.engine.error.RuleCode;

/** Why the core's chat rules refused a message; each profile spells these in its own protocol. */
public enum ChatRefusal implements RuleCode {
    /** Sent again before the sender's cooldown ran out. */
    RATE_LIMITED,
    /** Nothing but white space once control characters are taken out. */
    EMPTY_MESSAGE,
    /** Longer than the configured maximum, in code points. */
    MESSAGE_TOO_LONG
}
