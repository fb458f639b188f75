package dev.realmforge.web.transport;

/**
 * How much one connection may have waiting to go out: at most {@code frames} frames and at most
 * {@code bytes} encoded bytes, counting the frame the container is still sending. Over either, the
 * client is not keeping up and the connection is closed with 1013.
 */
public record OutboundLimits(int frames, long bytes) {

    public OutboundLimits {
        if (frames < 1 || bytes < 1) {
            throw new IllegalArgumentException("outbound limits must be positive: " + frames + " frames, " + bytes + " bytes");
        }
    }
}
