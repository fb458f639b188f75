package dev.realmforge.web.transport;

import jakarta.enterprise.inject.spi.CDI;

/**
 * The encoders' way to their profile's transport counters: the container creates encoders itself,
 * so they look the bean up once in {@code init}. Without a container (unit tests) nothing is counted.
 */
public final class EncoderCounters {

    private EncoderCounters() {
    }

    /** The profile's counters, or null outside a container. */
    public static TransportMetrics.ProfileCounters lookup(String profile) {
        try {
            return CDI.current().select(TransportMetrics.class).get().of(profile);
        } catch (IllegalStateException noContainer) {
            return null;
        }
    }

    public static void count(TransportMetrics.ProfileCounters counters, int bytes) {
        if (counters != null) {
            counters.sent(bytes);
        }
    }
}
