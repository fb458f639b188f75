package dev.realmforge.web.transport;

/**
 * An outgoing frame as the outbound queue sees it: something whose encoded size can be asked for.
 * Asking encodes the frame (once; the container's encoder then hands over the same bytes), so the
 * queue can bound a connection by the bytes it holds and not only by the number of frames.
 */
public interface WireFrame {

    /**
     * Bytes this frame takes on the wire (UTF-8 bytes for text). May encode the frame and may throw
     * if it cannot be encoded; the queue then drops this frame alone.
     */
    int wireBytes();
}
