package dev.realmforge.engine.event;

/**
 * Something a connected player is told without having asked. The core defines only the events
 * every profile shares (the session was replaced, the server is stopping); each profile declares
 * its own sealed family beside its rules, and its transport translates them to its wire.
 */
public interface GameEvent {
}
