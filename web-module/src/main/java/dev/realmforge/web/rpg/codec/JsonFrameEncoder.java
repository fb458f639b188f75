package dev.realmforge.web.rpg.codec;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.realmforge.web.rpg.wire.OutboundFrame;
import jakarta.websocket.EncodeException;
import jakarta.websocket.Encoder;
import jakarta.websocket.EndpointConfig;

/** Envelopes as JSON text frames. */
public class JsonFrameEncoder implements Encoder.Text<OutboundFrame.Json> {

    @Override
    public String encode(OutboundFrame.Json frame) throws EncodeException {
        try {
            return WireMappers.JSON.writeValueAsString(frame.envelope());
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
