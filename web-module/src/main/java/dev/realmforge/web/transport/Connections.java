package dev.realmforge.web.transport;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Collections;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;

/**
 * Every open WebSocket connection on this node, per profile, authenticated or not. Each profile's
 * endpoint reports its connections opening and closing; the shutdown hook reaches all of them, and
 * the gauges {@code realmforge.ws.connections} and {@code realmforge.ws.queued.frames} carry the
 * profile as a tag.
 */
@ApplicationScoped
public class Connections {

    private final Map<String, Set<LiveConnection>> byProfile = new ConcurrentHashMap<>();
    private final Set<LiveConnection> all = ConcurrentHashMap.newKeySet();

    @Inject
    MetricRegistry metrics;

    public void opened(String profile, LiveConnection connection) {
        of(profile).add(connection);
        all.add(connection);
    }

    public void closed(String profile, LiveConnection connection) {
        of(profile).remove(connection);
        all.remove(connection);
    }

    /** A live, read-only view of every profile's connections; a connection leaves it once closed. */
    public Set<LiveConnection> liveView() {
        return Collections.unmodifiableSet(all);
    }

    public int openCount(String profile) {
        return of(profile).size();
    }

    public int queuedFrames(String profile) {
        return of(profile).stream().mapToInt(LiveConnection::queuedFrames).sum();
    }

    private Set<LiveConnection> of(String profile) {
        return byProfile.computeIfAbsent(profile, this::registerGauges);
    }

    private Set<LiveConnection> registerGauges(String profile) {
        Tag tag = new Tag("profile", profile);
        if (metrics != null) {
            metrics.gauge("realmforge.ws.connections", this, c -> c.openCount(profile), tag);
            metrics.gauge("realmforge.ws.queued.frames", this, c -> c.queuedFrames(profile), tag);
        }
        return ConcurrentHashMap.newKeySet();
    }
}
