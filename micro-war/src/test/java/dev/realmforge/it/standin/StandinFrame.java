package dev.realmforge.it.standin;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.realmforge.web.codec.Utf8;
import dev.realmforge.web.transport.EncoderCounters;
import dev.realmforge.web.transport.TransportMetrics;
import dev.realmforge.web.transport.WireFrame;
import jakarta.websocket.EncodeException;
import jakarta.websocket.Encoder;
import jakarta.websocket.EndpointConfig;
import java.io.UncheckedIOException;
import java.util.Map;

/**
 * One outgoing stand-in message, a JSON object in a text frame. Encoded once, when the outbound
 * queue first asks for its size (on a sender thread); {@link TextEncoder} then hands over the same text.
 */
public final class StandinFrame implements WireFrame {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final Map<String, ?> message;
    private String text;

    StandinFrame(Map<String, ?> message) {
        this.message = message;
    }

    String text() {
        if (text == null) {
            try {
                text = MAPPER.writeValueAsString(message);
            } catch (JsonProcessingException e) {
                throw new UncheckedIOException("cannot encode " + message.get("op"), e);
            }
        }
        return text;
    }

    @Override
    public int wireBytes() {
        return Utf8.length(text());
    }

    /** The container's encoder for stand-in frames; counts them under {@code profile="standin"}. */
    public static final class TextEncoder implements Encoder.Text<StandinFrame> {

        private TransportMetrics.ProfileCounters counters;

        @Override
        public void init(EndpointConfig config) {
            counters = EncoderCounters.lookup(StandinSessions.PROFILE);
        }

        @Override
        public String encode(StandinFrame frame) throws EncodeException {
            try {
                String text = frame.text();
                EncoderCounters.count(counters, text.length());
                return text;
            } catch (UncheckedIOException e) {
                throw new EncodeException(frame, e.getMessage(), e.getCause());
            }
        }

        @Override
        public void destroy() {
            // nothing held
        }
    }
}
