package dev.realmforge.engine.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class HashingPermitsTest {

    @Test
    void noMoreHashesRunAtOnceThanThePermits() throws Exception {
        HashingPermits permits = new HashingPermits(2, 16, Duration.ofSeconds(10), 8);
        AtomicInteger running = new AtomicInteger();
        AtomicInteger most = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            for (int i = 0; i < 32; i++) {
                pool.submit(() -> permits.run(() -> {
                    most.accumulateAndGet(running.incrementAndGet(), Math::max);
                    sleep(5);
                    running.decrementAndGet();
                    return null;
                }));
            }
            pool.shutdown();
            assertThat(pool.awaitTermination(10, TimeUnit.SECONDS)).isTrue();
        } finally {
            pool.shutdownNow();
        }
        assertThat(most.get()).isEqualTo(2);
        assertThat(permits.available()).isEqualTo(2);
    }

    @Test
    void aCallerWaitingLongerThanTheLimitIsThrottledAndHashesNothing() throws Exception {
        HashingPermits permits = new HashingPermits(1, 16, Duration.ofMillis(50), 1);
        CountDownLatch release = new CountDownLatch(1);
        ExecutorService pool = Executors.newSingleThreadExecutor();
        try {
            Future<?> first = holdAPermit(permits, pool, release);
            AtomicInteger hashed = new AtomicInteger();

            assertThatThrownBy(() -> permits.run(hashed::incrementAndGet))
                    .isInstanceOfSatisfying(AccountException.class, e -> {
                        assertThat(e.reason()).isEqualTo(AccountException.Reason.THROTTLED);
                        assertThat(e.retryAfter()).isEqualTo(Duration.ofSeconds(1));
                    });
            assertThat(hashed.get()).isZero();
            release.countDown();
            first.get(5, TimeUnit.SECONDS);
        } finally {
            pool.shutdownNow();
        }
        assertThat(permits.run(() -> "after")).isEqualTo("after");
    }

    @Test
    void aCallerFindingTheQueueFullIsThrottledAtOnce() throws Exception {
        HashingPermits permits = new HashingPermits(1, 1, Duration.ofSeconds(30), 1);
        CountDownLatch release = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Future<?> first = holdAPermit(permits, pool, release);
            Future<String> second = pool.submit(() -> permits.run(() -> "second")); // waits, up to 30 s
            long giveUp = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
            while (permits.waiting() == 0) {
                assertThat(System.nanoTime()).as("the second hash waits for the permit").isLessThan(giveUp);
                Thread.onSpinWait();
            }

            long before = System.nanoTime();
            assertThatThrownBy(() -> permits.run(() -> "third")).isInstanceOfSatisfying(AccountException.class,
                    e -> assertThat(e.reason()).isEqualTo(AccountException.Reason.THROTTLED));
            assertThat(System.nanoTime() - before).isLessThan(TimeUnit.SECONDS.toNanos(10));

            release.countDown();
            first.get(5, TimeUnit.SECONDS);
            assertThat(second.get(5, TimeUnit.SECONDS)).isEqualTo("second");
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aHashThatFailsGivesItsPermitBack() {
        HashingPermits permits = new HashingPermits(1, 16, Duration.ZERO, 1);

        assertThatThrownBy(() -> permits.run(() -> {
            throw new IllegalStateException("broken");
        })).isInstanceOf(IllegalStateException.class);

        assertThat(permits.available()).isEqualTo(1);
    }

    @Test
    void zeroMeansHalfTheProcessorsAndAtLeastOne() {
        assertThat(new HashingPermits(0, 16, Duration.ZERO, 8).available()).isEqualTo(4);
        assertThat(new HashingPermits(0, 16, Duration.ZERO, 1).available()).isEqualTo(1);
        assertThat(new HashingPermits(3, 16, Duration.ZERO, 1).available()).isEqualTo(3);
        assertThatThrownBy(() -> new HashingPermits(-1, 16, Duration.ZERO, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new HashingPermits(1, -1, Duration.ZERO, 1)).isInstanceOf(IllegalArgumentException.class);
    }

    /** Runs a hash on {@code pool} that holds its permit until {@code release}; returns once it holds it. */
    private static Future<?> holdAPermit(HashingPermits permits, ExecutorService pool, CountDownLatch release)
            throws InterruptedException {
        CountDownLatch holding = new CountDownLatch(1);
        Future<?> held = pool.submit(() -> permits.run(() -> {
            holding.countDown();
            await(release);
            return null;
        }));
        assertThat(holding.await(5, TimeUnit.SECONDS)).isTrue();
        return held;
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
