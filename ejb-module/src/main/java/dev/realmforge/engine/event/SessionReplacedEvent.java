package dev.realmforge.engine.event;

/** The account logged in elsewhere; this connection is about to be closed. */
public record SessionReplacedEvent(String message) implements GameEvent {
}
