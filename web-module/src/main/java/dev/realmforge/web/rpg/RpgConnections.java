package dev.realmforge.web.rpg;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.metrics.MetricRegistry;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/** The open rpg connections of this node, authenticated or not. */
@ApplicationScoped
public class RpgConnections {

    private final Set<RpgConnection> open = ConcurrentHashMap.newKeySet();

    @Inject
    MetricRegistry metrics;

    @PostConstruct
    void registerMetrics() {
        metrics.gauge("realmforge.ws.connections", this, RpgConnections::openCount);
        metrics.gauge("realmforge.ws.queued.frames", this, RpgConnections::queuedFrames);
    }

    void opened(RpgConnection connection) {
        open.add(connection);
    }

    void closed(RpgConnection connection) {
        open.remove(connection);
    }

    /**
     * A live, read-only view of the open connections. A connection leaves it only after its player
     * was saved. Used by the shutdown hook, which must not go through CDI while the JVM exits.
     */
    Set<RpgConnection> liveView() {
        return java.util.Collections.unmodifiableSet(open);
    }

    /** Frames queued on all connections, not yet handed to the network. */
    public int queuedFrames() {
        return open.stream().mapToInt(RpgConnection::queuedFrames).sum();
    }

    public int openCount() {
        return open.size();
    }
}
