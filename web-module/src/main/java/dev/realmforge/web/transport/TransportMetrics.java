package dev.realmforge.web.transport;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.metrics.Counter;
import org.eclipse.microprofile.metrics.MetricRegistry;

/**
 * Frames and bytes handed to the network, counted by the encoders (JSON counts characters), as
 * MicroProfile Metrics
 * ({@code realmforge.ws.frames.sent}, {@code realmforge.ws.bytes.sent}).
 */
@ApplicationScoped
public class TransportMetrics {

    @Inject
    MetricRegistry metrics;

    private Counter frames;
    private Counter bytes;

    @PostConstruct
    void register() {
        frames = metrics.counter("realmforge.ws.frames.sent");
        bytes = metrics.counter("realmforge.ws.bytes.sent");
    }

    public void sent(int frameBytes) {
        frames.inc();
        bytes.inc(frameBytes);
    }
}
