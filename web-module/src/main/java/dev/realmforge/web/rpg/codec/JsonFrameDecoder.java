package dev.realmforge.web.rpg.codec;

import dev.realmforge.web.rpg.wire.InboundFrame;
import jakarta.websocket.Decoder;
import jakarta.websocket.EndpointConfig;

/** Text frames: JSON envelopes. */
public class JsonFrameDecoder implements Decoder.Text<InboundFrame.Json> {

    private EnvelopeReader reader;

    @Override
    public void init(EndpointConfig config) {
        reader = new EnvelopeReader(WireMappers.JSON, FrameLimits.maxFrameBytes());
    }

    @Override
    public InboundFrame.Json decode(String frame) {
        return new InboundFrame.Json(reader.read(frame));
    }

    @Override
    public boolean willDecode(String frame) {
        return true;
    }

    @Override
    public void destroy() {
        // nothing held
    }
}
