package dev.realmforge.web.rpg.codec;

import dev.realmforge.engine.rpg.session.OnlinePlayers;
import dev.realmforge.web.transport.EncoderCounters;
import dev.realmforge.web.transport.TransportMetrics;
import jakarta.websocket.EncodeException;
import jakarta.websocket.Encoder;
import jakarta.websocket.EndpointConfig;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;

/** Envelopes as MessagePack binary frames (encoded by {@link EncodedFrame.Binary}, usually already when queued). */
public class MsgpackFrameEncoder implements Encoder.Binary<EncodedFrame.Binary> {

    private TransportMetrics.ProfileCounters metrics;

    @Override
    public ByteBuffer encode(EncodedFrame.Binary frame) throws EncodeException {
        try {
            byte[] bytes = frame.bytes();
            EncoderCounters.count(metrics, bytes.length);
            return ByteBuffer.wrap(bytes);
        } catch (UncheckedIOException e) {
            throw new EncodeException(frame, e.getMessage(), e.getCause());
        }
    }

    @Override
    public void init(EndpointConfig config) {
        metrics = EncoderCounters.lookup(OnlinePlayers.PROFILE);
    }

    @Override
    public void destroy() {
        // stateless
    }
}
