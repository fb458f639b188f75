package dev.realmforge.engine.tick;

import jakarta.annotation.PostConstruct;
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
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;

/**
 * The core's tick loop: one EJB interval timer that fires {@code realmforge.tick.input-rate} times
 * a second and fires every registered zone, one after another. Each zone keeps its own rate and
 * runs one firing at a time: should a timeout arrive while a zone is still busy (the container may
 * deliver them on another thread), that zone is passed by. Within one firing a zone's long tick
 * delays the zones after it; a zone that must not wait for another would get its own timer. The
 * loop never touches the database. Per zone it reports the metrics
 * {@code realmforge.tick.duration}, {@code .overruns}, {@code .count} and {@code .input.queued},
 * tagged {@code zone}.
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

    @Inject
    @ConfigProperty(name = "realmforge.tick.input-rate", defaultValue = "200")
    int firingsPerSecond;

    private final List<ZoneRunner<?>> zones = new CopyOnWriteArrayList<>();

    @PostConstruct
    void start() {
        if (firingsPerSecond < 1 || firingsPerSecond > 1000) {
            throw new IllegalStateException("realmforge.tick.input-rate must be from 1 to 1000");
        }
        long firingMs = Math.max(1, 1000L / firingsPerSecond);
        timers.createIntervalTimer(firingMs, firingMs, new TimerConfig("realmforge-tick-loop", false));
        LOG.info(() -> "Tick loop firing every " + firingMs + " ms");
    }

    /**
     * Starts driving {@code zone}; returns its runner, through which the profile queues inputs.
     * A zone's rate may not exceed the loop's firing rate.
     */
    public <I> ZoneRunner<I> register(ZoneSettings settings, Zone<I> zone) {
        if (settings.ticksPerSecond() > firingsPerSecond) {
            throw new IllegalStateException("zone " + settings.name() + " asks for " + settings.ticksPerSecond()
                    + " ticks a second; realmforge.tick.input-rate is " + firingsPerSecond);
        }
        if (zones.stream().anyMatch(z -> z.settings().name().equals(settings.name()))) {
            throw new IllegalStateException("zone " + settings.name() + " is already registered");
        }
        Tag tag = new Tag("zone", settings.name());
        org.eclipse.microprofile.metrics.Timer duration = metrics.timer("realmforge.tick.duration", tag);
        ZoneRunner<I> runner = new ZoneRunner<>(settings, zone, System.nanoTime(), duration::update);
        metrics.gauge("realmforge.tick.overruns", runner, ZoneRunner::overruns, tag);
        metrics.gauge("realmforge.tick.count", runner, ZoneRunner::ticks, tag);
        metrics.gauge("realmforge.tick.input.queued", runner, ZoneRunner::queuedInputs, tag);
        zones.add(runner);
        LOG.info(() -> "Zone " + settings.name() + " running at " + settings.ticksPerSecond() + " TPS");
        return runner;
    }

    /** The zones being driven, for health checks. */
    public List<ZoneRunner<?>> zones() {
        return List.copyOf(zones);
    }

    public int firingsPerSecond() {
        return firingsPerSecond;
    }

    @Timeout
    void onTimer(Timer timer) {
        for (ZoneRunner<?> zone : zones) {
            zone.fire(System.nanoTime());
        }
    }
}
