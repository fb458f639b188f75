package dev.realmforge.web.rpg;

import dev.realmforge.web.rpg.codec.EncodedFrame;
import dev.realmforge.web.transport.FrameSink;
import dev.realmforge.web.transport.WireFrame;
import jakarta.websocket.CloseReason;
import java.util.ArrayList;
import java.util.List;

/** A test {@link FrameSink} that keeps every offered frame. */
final class RecordingFrameSink implements FrameSink {

    final List<EncodedFrame> frames = new ArrayList<>();
    final List<CloseReason> closes = new ArrayList<>();

    @Override
    public boolean offer(WireFrame frame) {
        frames.add((EncodedFrame) frame);
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

    EncodedFrame last() {
        return frames.get(frames.size() - 1);
    }
}
