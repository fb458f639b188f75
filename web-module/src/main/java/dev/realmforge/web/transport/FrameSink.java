package dev.realmforge.web.transport;

import jakarta.websocket.CloseReason;

/** Where a connection's outgoing frames go. {@link OutboundQueue} is the real one. */
public interface FrameSink {

    /** Queues a frame; false when it was refused (closing, or the client is too slow). */
    boolean offer(WireFrame frame);

    /** Sends what is queued, then closes with {@code reason}. */
    void closeAfterDrain(CloseReason reason);

    /** Frames waiting to be sent, including the one the container is sending. */
    int size();
}
