package dev.realmforge.engine.tick;

import java.time.Duration;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Runs one {@link Zone} for the tick loop: its bounded input queue, its schedule and the rule that
 * one firing runs at a time. A firing that finds the previous one still running does nothing; tick
 * periods that pass entirely during a long tick are skipped and counted as overruns instead of being
 * run in a burst (see {@link TickSchedule}). A failing tick is logged and the zone goes on.
 */
public final class ZoneRunner<I> {

    private static final Logger LOG = Logger.getLogger(ZoneRunner.class.getName());

    private final ZoneSettings settings;
    private final Zone<I> zone;
    private final BlockingQueue<I> inputs;
    private final TickSchedule schedule;
    private final Consumer<Duration> tickTimer;
    private final AtomicBoolean running = new AtomicBoolean();
    private final AtomicLong ticks = new AtomicLong();
    private volatile long overruns;
    private volatile long lastTickNanos;

    /** {@code tickTimer} receives the duration of every completed full tick (a metric, say). */
    public ZoneRunner(ZoneSettings settings, Zone<I> zone, long startNanos, Consumer<Duration> tickTimer) {
        this.settings = settings;
        this.zone = zone;
        this.inputs = new ArrayBlockingQueue<>(settings.inputCapacity());
        this.schedule = new TickSchedule(1_000_000_000L / settings.ticksPerSecond(), startNanos);
        this.tickTimer = tickTimer;
        this.lastTickNanos = startNanos;
    }

    public ZoneSettings settings() {
        return settings;
    }

    /** Queues an input for the zone; false when the queue is full. Never blocks. */
    public boolean submit(I command) {
        return inputs.offer(command);
    }

    /** One firing of the loop: a full tick when one is due, otherwise the queued inputs only. */
    public void fire(long nowNanos) {
        if (!running.compareAndSet(false, true)) {
            return; // the previous firing is still running; the schedule counts what it cost
        }
        try {
            if (schedule.tickDue(nowNanos)) {
                overruns = schedule.overruns();
                zone.join(nowNanos);
                applyInputs(nowNanos, true);
                zone.simulate(nowNanos);
                zone.publish(nowNanos);
                ticks.incrementAndGet();
                lastTickNanos = nowNanos;
                tickTimer.accept(Duration.ofNanos(System.nanoTime() - nowNanos));
            } else {
                applyInputs(nowNanos, false);
            }
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "Zone " + settings.name() + ": tick " + ticks.get() + " failed; the zone goes on", e);
        } finally {
            running.set(false);
        }
    }

    private void applyInputs(long nowNanos, boolean inTick) {
        for (int applied = 0; applied < settings.maxInputsPerTick(); applied++) {
            I command = inputs.poll();
            if (command == null) {
                return;
            }
            zone.input(command, nowNanos, inTick);
        }
    }

    public long ticks() {
        return ticks.get();
    }

    public long overruns() {
        return overruns;
    }

    public int queuedInputs() {
        return inputs.size();
    }

    /** When the last full tick started (monotonic), or the runner's start before the first. */
    public long lastTickNanos() {
        return lastTickNanos;
    }
}
