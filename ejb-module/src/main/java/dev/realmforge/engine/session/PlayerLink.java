package dev.realmforge.engine.session;

import dev.realmforge.engine.event.GameEvent;

/**
 * The engine's handle on one client connection, implemented by the transport. Both methods return
 * at once: delivery is queued, and a connection that cannot keep up is closed by the transport.
 */
public interface PlayerLink {

    void deliver(GameEvent event);

    /** Closes the connection once what is already queued has been sent. */
    void close(DisconnectReason reason);
}
