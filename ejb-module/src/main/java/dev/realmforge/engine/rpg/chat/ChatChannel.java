package dev.realmforge.engine.rpg.chat;

import dev.realmforge.engine.rpg.error.RpgErrorCode;
import dev.realmforge.engine.error.GameRuleException;
import java.util.Locale;
import java.util.Map;

/** Where a chat message goes. Players send on LOCAL, GLOBAL or DM; SYSTEM is the server's own. */
public enum ChatChannel {
    LOCAL,
    GLOBAL,
    DM,
    SYSTEM;

    /** The lower-case name by which clients know the channel. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    private static final Map<String, ChatChannel> SENDABLE = Map.of("local", LOCAL, "global", GLOBAL, "dm", DM);

    /** Parses a channel a player may send on; the name is case-sensitive lower case. */
    public static ChatChannel parseSendable(String name) {
        ChatChannel channel = name == null ? null : SENDABLE.get(name);
        if (channel == null) {
            throw new GameRuleException(RpgErrorCode.CHAT_INVALID_CHANNEL,
                    "Channel must be one of local, global, dm",
                    Map.of("channel", String.valueOf(name)));
        }
        return channel;
    }
}
