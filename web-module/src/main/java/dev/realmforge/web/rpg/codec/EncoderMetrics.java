package dev.realmforge.web.rpg.codec;

import dev.realmforge.web.transport.TransportMetrics;
import jakarta.enterprise.inject.spi.CDI;

/**
 * The encoders' way to the transport counters: the container creates encoders itself, so they look
 * the bean up once in {@code init}. Without a container (unit tests) nothing is counted.
 */
final class EncoderMetrics {

    private EncoderMetrics() {
    }

    static TransportMetrics lookup() {
        try {
            return CDI.current().select(TransportMetrics.class).get();
        } catch (IllegalStateException noContainer) {
            return null;
        }
    }

    static void count(TransportMetrics metrics, int bytes) {
        if (metrics != null) {
            metrics.sent(bytes);
        }
    }
}
