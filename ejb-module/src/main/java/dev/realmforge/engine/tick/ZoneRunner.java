package dev.realmforge.engine.tick;

import java.time.Duration;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Runs one {@link Zone} for the tick loop: its bounded input queue, its schedule and its guard, the
 * rule that one thread at a time is inside the zone. An input is applied at once by the thread that
 * submits it when the guard is free; when it is not (a tick, or another thread applying inputs), the
 * input waits in the queue and whoever holds the guard applies it before letting go. A full tick
 * waits for the guard; a firing that finds the previous tick still running does nothing, and tick
 * periods that pass entirely during a long tick are skipped and counted as overruns instead of being
 * run in a burst (see {@link TickSchedule}). A failing tick or input is logged and the zone goes on.
 */
public final class ZoneRunner<I> {

    private static final Logger LOG = Logger.getLogger(ZoneRunner.class.getName());

    private final ZoneSettings settings;
    private final Zone<I> zone;
    private final BlockingQueue<I> inputs;
    private final TickSchedule schedule;
    private final Consumer<Duration> tickTimer;
    /** Held by whoever is inside the zone. Not reentrant: zone code that submits only queues. */
    private final Semaphore guard = new Semaphore(1);
    private final AtomicBoolean ticking = new AtomicBoolean();
    private final AtomicLong ticks = new AtomicLong();
    private volatile long overruns;
    private volatile long lastTickNanos;

    /**
     * {@code earlyNanos}: how much before its due time a firing may run a tick (timers do not fire
     * to the nanosecond); {@code tickTimer} receives the duration of every completed full tick.
     */
    public ZoneRunner(ZoneSettings settings, Zone<I> zone, long startNanos, long earlyNanos,
            Consumer<Duration> tickTimer) {
        this.settings = settings;
        this.zone = zone;
        this.inputs = new ArrayBlockingQueue<>(settings.inputCapacity());
        this.schedule = new TickSchedule(settings.periodNanos(), startNanos, earlyNanos);
        this.tickTimer = tickTimer;
        this.lastTickNanos = startNanos;
    }

    public ZoneSettings settings() {
        return settings;
    }

    /**
     * Hands an input to the zone: applied before this returns when the zone is free, otherwise
     * queued for the thread inside it. False when the queue is full. Never waits.
     */
    public boolean submit(I command) {
        if (!inputs.offer(command)) {
            return false;
        }
        applyQueuedIfFree();
        return true;
    }

    /** One firing of the zone's timer: a full tick when one is due. */
    public void fire(long nowNanos) {
        if (!ticking.compareAndSet(false, true)) {
            return; // the previous tick is still running; the schedule counts what it cost
        }
        try {
            if (schedule.tickDue(nowNanos)) {
                overruns = schedule.overruns();
                guard.acquireUninterruptibly();
                try {
                    tick(nowNanos);
                } finally {
                    guard.release();
                }
            }
            applyQueuedIfFree(); // what arrived while the tick held the zone
        } finally {
            ticking.set(false);
        }
    }

    private void tick(long nowNanos) {
        try {
            zone.join(nowNanos);
            applyInputs(nowNanos, true, settings.maxInputsPerTick());
            zone.simulate(nowNanos);
            zone.publish(nowNanos);
            ticks.incrementAndGet();
            lastTickNanos = nowNanos;
            tickTimer.accept(Duration.ofNanos(System.nanoTime() - nowNanos));
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "Zone " + settings.name() + ": tick " + ticks.get() + " failed; the zone goes on", e);
        }
    }

    /**
     * Applies queued inputs while the guard is free, at most the per-tick cap on this thread; every
     * holder looks again after letting go, so an input queued meanwhile is not left behind.
     */
    private void applyQueuedIfFree() {
        int budget = settings.maxInputsPerTick();
        while (budget > 0 && !inputs.isEmpty() && guard.tryAcquire()) {
            try {
                budget -= applyInputs(System.nanoTime(), false, budget);
            } catch (RuntimeException e) {
                LOG.log(Level.SEVERE, "Zone " + settings.name() + ": an input failed; the zone goes on", e);
                budget--;
            } finally {
                guard.release();
            }
        }
    }

    private int applyInputs(long nowNanos, boolean inTick, int max) {
        int applied = 0;
        while (applied < max) {
            I command = inputs.poll();
            if (command == null) {
                break;
            }
            applied++;
            zone.input(command, nowNanos, inTick);
        }
        return applied;
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
