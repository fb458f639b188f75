package dev.realmforge.engine.event;

import dev.realmforge.engine.chat.ChatChannel;
import java.time.Instant;

/** A chat line reaching a player. System messages use {@link ChatChannel#SYSTEM} and the name "System". */
public record ChatMessageEvent(String username, String message, ChatChannel channel, Instant sentAt)
        implements GameEvent {

    public static final String SYSTEM_NAME = "System";

    public static ChatMessageEvent system(String message, Instant at) {
        return new ChatMessageEvent(SYSTEM_NAME, message, ChatChannel.SYSTEM, at);
    }
}
