package dev.realmforge.engine.event;

import java.time.Instant;

/** The server is stopping; the connection will be closed after this. */
public record ServerShutdownEvent(String message, Instant at) implements GameEvent {
}
