package dev.realmforge.engine.session;

/**
 * The pace at which players may enter the world: at most {@code perSecond} a second, with a burst
 * of {@code burst} at once after a quiet spell. Each entry takes the next free slot on a timeline
 * (slots {@code 1 / perSecond} apart); a caller whose slot is more than {@code maxWaitNanos} away
 * is refused and takes none. Thread-safe; time is passed in, so it is tested without a clock.
 */
public final class AdmissionRate {

    private final long intervalNanos;
    private final long burstNanos;
    private final long maxWaitNanos;
    private long nextFreeNanos;
    private boolean started;

    public AdmissionRate(int perSecond, int burst, long maxWaitNanos) {
        if (perSecond < 1 || burst < 1 || maxWaitNanos < 0) {
            throw new IllegalArgumentException("an admission rate needs perSecond and burst of at least 1 and a wait of at least 0");
        }
        this.intervalNanos = 1_000_000_000L / perSecond;
        this.burstNanos = intervalNanos * (burst - 1);
        this.maxWaitNanos = maxWaitNanos;
    }

    /**
     * Reserves the next slot for a caller asking at {@code nowNanos}: how long it must wait before
     * entering (0 for at once), or -1 when that would be longer than the longest wait.
     */
    public synchronized long reserve(long nowNanos) {
        long earliest = nowNanos - burstNanos; // unused slots of a quiet spell count up to the burst
        long slot = started ? Math.max(nextFreeNanos, earliest) : earliest;
        long wait = Math.max(0, slot - nowNanos);
        if (wait > maxWaitNanos) {
            return -1;
        }
        started = true;
        nextFreeNanos = slot + intervalNanos;
        return wait;
    }
}
