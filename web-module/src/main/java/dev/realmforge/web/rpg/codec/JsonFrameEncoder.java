package dev.realmforge.web.rpg.codec;

import dev.realmforge.engine.rpg.session.OnlinePlayers;
import dev.realmforge.web.transport.EncoderCounters;
import dev.realmforge.web.transport.TransportMetrics;
import jakarta.websocket.EncodeException;
import jakarta.websocket.Encoder;
import jakarta.websocket.EndpointConfig;
import java.io.UncheckedIOException;

/** Envelopes as JSON text frames (encoded by {@link EncodedFrame.Text}, usually already when queued). */
public class JsonFrameEncoder implements Encoder.Text<EncodedFrame.Text> {

    private TransportMetrics.ProfileCounters metrics;

    @Override
    public String encode(EncodedFrame.Text frame) throws EncodeException {
        try {
            String text = frame.text();
            EncoderCounters.count(metrics, text.length());
            return text;
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
