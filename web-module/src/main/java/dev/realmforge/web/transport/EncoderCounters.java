package dev.realmforge.web.transport;

/**
 * The encoders' way to their profile's transport counters: the container creates encoders itself,
 * so they look the counters up once in {@code init}. That runs on whatever thread first sends on the
 * session, usually a {@link FrameSenders} thread, where a CDI look-up is not reliable; the counters
 * come from {@link TransportMetrics} directly, published when the profile's first connection opened.
 * Without a container (unit tests) nothing is counted.
 */
public final class EncoderCounters {

    private EncoderCounters() {
    }

    /** The profile's counters, or null when it has opened no connection (outside a container). */
    public static TransportMetrics.ProfileCounters lookup(String profile) {
        return TransportMetrics.published(profile);
    }

    public static void count(TransportMetrics.ProfileCounters counters, int bytes) {
        if (counters != null) {
            counters.sent(bytes);
        }
    }
}
