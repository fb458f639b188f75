package dev.realmforge.web.rpg.codec;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.realmforge.web.rpg.wire.OutboundFrame;
import dev.realmforge.web.transport.TransportMetrics;
import jakarta.websocket.EncodeException;
import jakarta.websocket.Encoder;
import jakarta.websocket.EndpointConfig;
import java.nio.ByteBuffer;

/** Envelopes as MessagePack binary frames. */
public class MsgpackFrameEncoder implements Encoder.Binary<OutboundFrame.Msgpack> {

    private TransportMetrics metrics;

    @Override
    public ByteBuffer encode(OutboundFrame.Msgpack frame) throws EncodeException {
        try {
            byte[] bytes = GameUpdatePacker.handles(frame.envelope()) ? GameUpdatePacker.pack(frame.envelope())
                    : WireMappers.MSGPACK.writeValueAsBytes(frame.envelope());
            EncoderMetrics.count(metrics, bytes.length);
            return ByteBuffer.wrap(bytes);
        } catch (JsonProcessingException e) {
            throw new EncodeException(frame, "cannot encode " + frame.envelope().type(), e);
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
