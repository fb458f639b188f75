package dev.realmforge.engine.tick;

import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.Timer;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Logger;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;

/**
 * The core's tick loop: one EJB interval timer per zone, firing at the zone's own rate, each firing
 * a full tick of that zone. Zones do not wait for one another. Inputs do not wait for a firing: the
 * thread that submits one applies it at once when the zone is free (see {@link ZoneRunner}). A
 * firing that arrives while the zone's previous tick is still running (the container may deliver
 * it on another thread) is passed by. The loop never touches the database. Per zone it reports the
 * metrics {@code realmforge.tick.duration}, {@code .overruns}, {@code .count} and
 * {@code .input.queued}, tagged {@code zone}.
 */
@Singleton
@Startup
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class TickLoop {

    private static final Logger LOG = Logger.getLogger(TickLoop.class.getName());

    @Resource
    TimerService timers;

    @Inject
    MetricRegistry metrics;

    private final Map<String, ZoneRunner<?>> zones = new ConcurrentHashMap<>();

    /**
     * Starts driving {@code zone} with a timer of its own; returns its runner, through which the
     * profile submits inputs.
     */
    public <I> ZoneRunner<I> register(ZoneSettings settings, Zone<I> zone) {
        Tag tag = new Tag("zone", settings.name());
        long firingMs = Math.max(1, 1000L / settings.ticksPerSecond());
        // the timer counts whole milliseconds; a tick may run up to half a firing before its due time
        ZoneRunner<I> runner = new ZoneRunner<>(settings, zone, System.nanoTime(), firingMs * 500_000,
                metrics.timer("realmforge.tick.duration", tag)::update);
        if (zones.putIfAbsent(settings.name(), runner) != null) {
            throw new IllegalStateException("zone " + settings.name() + " is already registered");
        }
        metrics.gauge("realmforge.tick.overruns", runner, ZoneRunner::overruns, tag);
        metrics.gauge("realmforge.tick.count", runner, ZoneRunner::ticks, tag);
        metrics.gauge("realmforge.tick.input.queued", runner, ZoneRunner::queuedInputs, tag);
        timers.createIntervalTimer(firingMs, firingMs, new TimerConfig(settings.name(), false));
        LOG.info(() -> "Zone " + settings.name() + " running at " + settings.ticksPerSecond() + " TPS, its timer "
                + "firing every " + firingMs + " ms");
        return runner;
    }

    /** The zones being driven, for health checks. */
    public List<ZoneRunner<?>> zones() {
        return List.copyOf(zones.values());
    }

    @Timeout
    void onTimer(Timer timer) {
        ZoneRunner<?> zone = zones.get((String) timer.getInfo());
        if (zone != null) {
            zone.fire(System.nanoTime());
        }
    }
}
