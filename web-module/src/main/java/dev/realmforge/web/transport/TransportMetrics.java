package dev.realmforge.web.transport;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.metrics.Counter;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;

/**
 * The transport's counters, one set per profile (tag {@code profile}): frames and bytes handed to
 * the network, counted by the encoders (JSON counts characters), connections closed because their
 * client could not keep up, and frames dropped because they could not be encoded or handed over
 * (also tagged with {@code reason}). In the Prometheus output, for example,
 * {@code realmforge_ws_frames_sent_total{profile="rpg"}} and
 * {@code realmforge_ws_frames_dropped_total{profile="rpg",reason="encode_failed"}}.
 */
@ApplicationScoped
public class TransportMetrics {

    @Inject
    MetricRegistry metrics;

    private final Map<String, ProfileCounters> byProfile = new ConcurrentHashMap<>();

    /**
     * The same counters, for the encoders ({@link EncoderCounters}). The container creates an
     * encoder when a session first sends, so its {@code init} runs on a {@link FrameSenders} thread.
     * Payara resolves {@code CDI.current()} through the thread's component invocation, which a thread
     * inherits from the one that started it, except from inside an EJB call (the tick, a session bean
     * that delivers an event): a sender thread started there has none, the look-up fails, and every
     * frame of the sessions whose encoder it made went uncounted. Every endpoint asks {@link #of} for
     * its profile when a connection opens, before anything is sent, so the counters are here by the
     * time an encoder looks.
     */
    private static final Map<String, ProfileCounters> PUBLISHED = new ConcurrentHashMap<>();

    /** The counters of one profile, registered on first use. */
    public ProfileCounters of(String profile) {
        return byProfile.computeIfAbsent(profile, p -> {
            ProfileCounters counters = new ProfileCounters(metrics, p);
            PUBLISHED.put(p, counters);
            return counters;
        });
    }

    /** The counters of a profile that has opened a connection; null before that, and outside a container. */
    static ProfileCounters published(String profile) {
        return PUBLISHED.get(profile);
    }

    /** One profile's transport counters; also the observer of that profile's outbound queues. */
    public static final class ProfileCounters implements QueueObserver {

        private final MetricRegistry metrics;
        private final Tag profile;
        private final Counter frames;
        private final Counter bytes;
        private final Counter slowClientCloses;

        ProfileCounters(MetricRegistry metrics, String profile) {
            this.metrics = metrics;
            this.profile = new Tag("profile", profile);
            this.frames = metrics.counter("realmforge.ws.frames.sent", this.profile);
            this.bytes = metrics.counter("realmforge.ws.bytes.sent", this.profile);
            this.slowClientCloses = metrics.counter("realmforge.ws.slow.client.closes", this.profile);
        }

        @Override
        public void tooSlow() {
            slowClientCloses.inc();
        }

        @Override
        public void dropped(String reason) {
            metrics.counter("realmforge.ws.frames.dropped", profile, new Tag("reason", reason)).inc();
        }

        /** One frame of {@code frameBytes} was encoded for sending. */
        public void sent(int frameBytes) {
            frames.inc();
            bytes.inc(frameBytes);
        }
    }
}
