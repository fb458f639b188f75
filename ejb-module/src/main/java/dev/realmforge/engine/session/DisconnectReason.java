package dev.realmforge.engine.session;

/** Why the server ends a connection. */
public enum DisconnectReason {
    SESSION_REPLACED,
    SERVER_SHUTDOWN,
    BANNED
}
