package dev.realmforge.engine.rpg.chat;

import java.util.List;

/** What the sender learns about a delivered message. */
public record ChatReceipt(String messageId, ChatChannel channel, List<String> recipients) {

    public ChatReceipt {
        recipients = List.copyOf(recipients);
    }
}
