package dev.realmforge.engine.event;

/** The server is stopping; the connection will be closed after this. */
public record ServerShutdownEvent(String message) implements GameEvent {
}
