package dev.realmforge.web.rpg.codec;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.realmforge.web.rpg.wire.OutboundFrame;
import dev.realmforge.web.transport.TransportMetrics;
import jakarta.websocket.EncodeException;
import jakarta.websocket.Encoder;
import jakarta.websocket.EndpointConfig;

/** Envelopes as JSON text frames. */
public class JsonFrameEncoder implements Encoder.Text<OutboundFrame.Json> {

    private TransportMetrics metrics;

    @Override
    public String encode(OutboundFrame.Json frame) throws EncodeException {
        try {
            String text = WireMappers.JSON.writeValueAsString(frame.envelope());
            EncoderMetrics.count(metrics, text.length());
            return text;
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
