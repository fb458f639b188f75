package dev.realmforge.web.rpg.codec;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.realmforge.web.rpg.wire.OutboundFrame;
import jakarta.websocket.EncodeException;
import jakarta.websocket.Encoder;
import jakarta.websocket.EndpointConfig;
import java.nio.ByteBuffer;

/** Envelopes as MessagePack binary frames. */
public class MsgpackFrameEncoder implements Encoder.Binary<OutboundFrame.Msgpack> {

    @Override
    public ByteBuffer encode(OutboundFrame.Msgpack frame) throws EncodeException {
        try {
            return ByteBuffer.wrap(WireMappers.MSGPACK.writeValueAsBytes(frame.envelope()));
        } catch (JsonProcessingException e) {
            throw new EncodeException(frame, "cannot encode " + frame.envelope().type(), e);
        }
    }

    @Override
    public void init(EndpointConfig config) {
        // stateless
    }

    @Override
    public void destroy() {
        // stateless
    }
}
