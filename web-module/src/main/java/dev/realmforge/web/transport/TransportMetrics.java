package dev.realmforge.web.transport;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.metrics.Counter;
import org.eclipse.microprofile.metrics.MetricRegistry;

/**
 * Frames and bytes handed to the network, counted by the encoders (JSON counts characters), and
 * connections closed because their client could not keep up, as MicroProfile Metrics
 * ({@code realmforge.ws.frames.sent}, {@code realmforge.ws.bytes.sent},
 * {@code realmforge.ws.slow.client.closes}).
 */
@ApplicationScoped
public class TransportMetrics {

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

    public void slowClientClosed() {
        slowClientCloses.inc();
    }

    public void sent(int frameBytes) {
        frames.inc();
        bytes.inc(frameBytes);
    }
}
