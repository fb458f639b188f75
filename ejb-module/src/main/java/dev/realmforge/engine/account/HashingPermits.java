package dev.realmforge.engine.account;

import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * How many password hashes may run at once. A hash is pure CPU (at the default cost a large part of
 * a second of it), so a crowd logging in at once would otherwise take every core from the tick and
 * the senders; with a few permits the rest wait, parked, in arrival order. They wait on the
 * container's request threads, which also read every player's frames, so at most {@code queue}
 * callers wait: one more is refused at once with THROTTLED and a retry after one second, and so
 * is a caller that waits longer than {@code maxWait}.
 */
final class HashingPermits {

    static final Duration RETRY_AFTER = Duration.ofSeconds(1);

    private final Semaphore permits;
    private final Semaphore places;
    private final long maxWaitNanos;

    /** {@code concurrency} 0 means half the processors this JVM sees, at least one. */
    HashingPermits(int concurrency, int queue, Duration maxWait, int processors) {
        if (concurrency < 0 || queue < 0 || maxWait.isNegative()) {
            throw new IllegalArgumentException("hashing needs a concurrency of at least 0 (0: from the processors), "
                    + "a queue and a wait of at least 0");
        }
        int running = concurrency > 0 ? concurrency : Math.max(1, processors / 2);
        this.permits = new Semaphore(running, true);
        this.places = new Semaphore(running + queue);
        this.maxWaitNanos = maxWait.toNanos();
    }

    <T> T run(Supplier<T> hashing) {
        if (!places.tryAcquire()) {
            throw busy();
        }
        try {
            return runInPlace(hashing);
        } finally {
            places.release();
        }
    }

    private <T> T runInPlace(Supplier<T> hashing) {
        boolean acquired;
        try {
            acquired = permits.tryAcquire(maxWaitNanos, TimeUnit.NANOSECONDS);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            acquired = false;
        }
        if (!acquired) {
            throw busy();
        }
        try {
            return hashing.get();
        } finally {
            permits.release();
        }
    }

    private static AccountException busy() {
        return new AccountException(AccountException.Reason.THROTTLED,
                "the server is busy checking passwords; try again", RETRY_AFTER);
    }

    /** Callers waiting for a permit now. */
    int waiting() {
        return permits.getQueueLength();
    }

    int available() {
        return permits.availablePermits();
    }
}
