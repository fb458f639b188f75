package dev.realmforge.engine.rpg.chat;

import dev.realmforge.engine.rpg.event.RpgEvent;
import dev.realmforge.engine.rpg.chat.ChatChannel;
import java.time.Instant;

/** A chat line reaching a player. System messages use {@link ChatChannel#SYSTEM} and the name "System". */
public record ChatMessageEvent(String username, String message, ChatChannel channel, Instant sentAt)
        implements RpgEvent {

    public static final String SYSTEM_NAME = "System";

    public static ChatMessageEvent system(String message, Instant at) {
        return new ChatMessageEvent(SYSTEM_NAME, message, ChatChannel.SYSTEM, at);
    }
}
