package dev.realmforge.engine.tick;

/**
 * When the next full tick of a zone is due, on a fixed grid of one period. A firing at or after the
 * due time runs the tick, and so does one a little early (up to {@code earlyNanos} before it: a
 * timer's firings wander by a fraction of a millisecond around the grid). When a tick starts whole
 * periods late, those periods are skipped, not run in a burst, and counted as overruns. Not
 * thread-safe: one firing at a time calls it.
 */
public final class TickSchedule {

    private final long periodNanos;
    private final long earlyNanos;
    private long dueNanos;
    private long overruns;

    public TickSchedule(long periodNanos, long startNanos, long earlyNanos) {
        if (periodNanos < 1 || earlyNanos < 0 || earlyNanos >= periodNanos) {
            throw new IllegalArgumentException("the period must be positive and the early margin shorter than it");
        }
        this.periodNanos = periodNanos;
        this.earlyNanos = earlyNanos;
        this.dueNanos = startNanos + periodNanos;
    }

    /** True when a full tick is due at {@code nowNanos}; the schedule then moves to the next one. */
    public boolean tickDue(long nowNanos) {
        if (nowNanos < dueNanos - earlyNanos) {
            return false;
        }
        long missed = nowNanos > dueNanos ? (nowNanos - dueNanos) / periodNanos : 0;
        overruns += missed;
        dueNanos += (missed + 1) * periodNanos;
        return true;
    }

    /** Tick periods skipped so far because the tick before ran too long. */
    public long overruns() {
        return overruns;
    }
}
