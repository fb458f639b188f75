package dev.realmforge.engine.event;

import java.time.Instant;

/** Staff banned the account; every connection of it, in every profile, is about to be closed. */
public record AccountBannedEvent(String message, Instant at) implements GameEvent {
}
