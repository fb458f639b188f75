package dev.realmforge.web.transport;

import java.time.Instant;

/** What the shared transport needs of any profile's open connection. */
public interface LiveConnection {

    /** Sends the profile's own shutdown message, then closes with 1001 once the queue is out. */
    void serverShutdown(String message, Instant at);

    /** Frames waiting in its outbound queue. */
    int queuedFrames();
}
