package dev.realmforge.web.rpg.codec;

import dev.realmforge.web.transport.TransportMetrics;
import jakarta.websocket.EncodeException;
import jakarta.websocket.Encoder;
import jakarta.websocket.EndpointConfig;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;

/** Envelopes as MessagePack binary frames (encoded by {@link EncodedFrame.Binary}, usually already when queued). */
public class MsgpackFrameEncoder implements Encoder.Binary<EncodedFrame.Binary> {

    private TransportMetrics metrics;

    @Override
    public ByteBuffer encode(EncodedFrame.Binary frame) throws EncodeException {
        try {
            byte[] bytes = frame.bytes();
            EncoderMetrics.count(metrics, bytes.length);
            return ByteBuffer.wrap(bytes);
        } catch (UncheckedIOException e) {
            throw new EncodeException(frame, e.getMessage(), e.getCause());
        }
    }

    @Override
    public void init(EndpointConfig config) {
        metrics = EncoderMetrics.lookup();
    }

    @Override
    public void destroy() {
        // stateless
    }
}
