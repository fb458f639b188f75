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

    /** The counters of one profile, registered on first use. */
    public ProfileCounters of(String profile) {
        return byProfile.computeIfAbsent(profile, p -> new ProfileCounters(metrics, p));
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
