package dev.realmforge.engine.event;

/**
 * Something a connected player is told without having asked. The core defines only the events
 * every profile shares (the session was replaced, the account was banned, the server is stopping);
 * each profile declares its own family (an interface extending this one, its events beside the
 * rules that raise them), and its transport translates them to its wire.
 */
public interface GameEvent {
}
