package dev.realmforge.web.transport;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.metrics.Counter;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;

/**
 * Frames and bytes handed to the network, counted by the encoders (JSON counts characters), and
 * connections closed because their client could not keep up, and frames dropped because they could
 * not be encoded or handed over, as MicroProfile Metrics ({@code realmforge.ws.frames.sent},
 * {@code realmforge.ws.bytes.sent}, {@code realmforge.ws.slow.client.closes},
 * {@code realmforge.ws.frames.dropped} tagged with {@code reason}; in the Prometheus output
 * {@code realmforge_ws_frames_dropped_total{reason="encode_failed"}}).
 */
@ApplicationScoped
public class TransportMetrics implements QueueObserver {

    @Inject
    MetricRegistry metrics;

    private Counter frames;
    private Counter bytes;
    private Counter slowClientCloses;

    @PostConstruct
    void register() {
        frames = metrics.counter("realmforge.ws.frames.sent");
        bytes = metrics.counter("realmforge.ws.bytes.sent");
        slowClientCloses = metrics.counter("realmforge.ws.slow.client.closes");
    }

    @Override
    public void tooSlow() {
        slowClientCloses.inc();
    }

    @Override
    public void dropped(String reason) {
        metrics.counter("realmforge.ws.frames.dropped", new Tag("reason", reason)).inc();
    }

    public void sent(int frameBytes) {
        frames.inc();
        bytes.inc(frameBytes);
    }
}
