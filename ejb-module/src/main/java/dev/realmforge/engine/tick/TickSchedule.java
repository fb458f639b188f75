package dev.realmforge.engine.tick;

/**
 * When the next full world tick is due. The timer fires more often than the world ticks (inputs
 * are applied at every firing); a full tick runs at the first firing at or after its due time.
 * When a tick starts whole periods late, those periods are skipped, not run in a burst, and
 * counted as overruns. Not thread-safe: the tick's guard serialises its callers.
 */
public final class TickSchedule {

    private final long periodNanos;
    private long dueNanos;
    private long overruns;

    public TickSchedule(long periodNanos, long startNanos) {
        if (periodNanos < 1) {
            throw new IllegalArgumentException("period must be positive");
        }
        this.periodNanos = periodNanos;
        this.dueNanos = startNanos + periodNanos;
    }

    /** True when a full tick is due at {@code nowNanos}; the schedule then moves to the next one. */
    public boolean tickDue(long nowNanos) {
        if (nowNanos < dueNanos) {
            return false;
        }
        long missed = (nowNanos - dueNanos) / periodNanos;
        overruns += missed;
        dueNanos += (missed + 1) * periodNanos;
        return true;
    }

    /** Tick periods skipped so far because the tick before ran too long. */
    public long overruns() {
        return overruns;
    }
}
