package dev.realmforge.engine.rpg.session;

import java.time.Duration;

/** The minimum spacing between a player's chat messages and between its steps. */
public record Pacing(Duration chat, Duration move) {

    /** The protocol's defaults: one message a second, one step every 500 ms. */
    public static final Pacing DEFAULT = new Pacing(Duration.ofSeconds(1), Duration.ofMillis(500));
}
