package dev.realmforge.web.fuzz;

import dev.realmforge.web.transport.FrameSink;
import dev.realmforge.web.transport.WireFrame;
import jakarta.websocket.CloseReason;
import java.util.ArrayList;
import java.util.List;

/**
 * The test double of a connection's outbound queue: keeps every frame offered and every close
 * asked for, and accepts everything (so nothing is lost to back-pressure during an exchange).
 * Frames are kept as offered, not encoded: {@link FuzzHarness} encodes them through the profile.
 */
public final class FuzzSink implements FrameSink {

    private final List<WireFrame> frames = new ArrayList<>();
    private final List<CloseReason> closes = new ArrayList<>();

    @Override
    public boolean offer(WireFrame frame) {
        frames.add(frame);
        return true;
    }

    @Override
    public void closeAfterDrain(CloseReason reason) {
        closes.add(reason);
    }

    @Override
    public int size() {
        return 0;
    }

    public List<WireFrame> frames() {
        return List.copyOf(frames);
    }

    public List<CloseReason> closes() {
        return List.copyOf(closes);
    }
}
