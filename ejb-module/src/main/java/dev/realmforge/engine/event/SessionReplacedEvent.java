package dev.realmforge.engine.event;

import java.time.Instant;

/** The account logged in elsewhere; this connection is about to be closed. */
public record SessionReplacedEvent(String message, Instant at) implements GameEvent {
}
