package dev.realmforge.web.rpg.codec;

import dev.realmforge.web.rpg.wire.InboundFrame;
import jakarta.websocket.Decoder;
import jakarta.websocket.EndpointConfig;
import java.nio.ByteBuffer;

/** Binary frames: MessagePack envelopes. */
public class MsgpackFrameDecoder implements Decoder.Binary<InboundFrame.Msgpack> {

    private EnvelopeReader reader;

    @Override
    public void init(EndpointConfig config) {
        reader = new EnvelopeReader(WireMappers.MSGPACK, FrameLimits.maxFrameBytes());
    }

    @Override
    public InboundFrame.Msgpack decode(ByteBuffer frame) {
        byte[] bytes = new byte[frame.remaining()];
        frame.get(bytes);
        return new InboundFrame.Msgpack(reader.read(bytes));
    }

    @Override
    public boolean willDecode(ByteBuffer frame) {
        return true;
    }

    @Override
    public void destroy() {
        // nothing held
    }
}
