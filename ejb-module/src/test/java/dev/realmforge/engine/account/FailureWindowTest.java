package dev.realmforge.engine.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class FailureWindowTest {

    private static final Instant T0 = Instant.parse("2024-02-01T12:00:00Z");
    private static final Duration WINDOW = Duration.ofMinutes(10);

    private static Instant at(int minutes) {
        return T0.plus(Duration.ofMinutes(minutes));
    }

    private static FailureWindow threeIn10Minutes() {
        return new FailureWindow(3, WINDOW, 100);
    }

    @Test
    void unknownKeyIsNotBlocked() {
        assertThat(threeIn10Minutes().blockedFor("alice", T0)).isEmpty();
    }

    @Test
    void fewerThanMaxFailuresDoNotBlock() {
        FailureWindow window = threeIn10Minutes();
        window.recordFailure("alice", at(0));
        window.recordFailure("alice", at(1));

        assertThat(window.blockedFor("alice", at(2))).isEmpty();
    }

    @Test
    void maxFailuresInsideTheWindowBlockUntilTheOldestLeavesIt() {
        FailureWindow window = threeIn10Minutes();
        window.recordFailure("alice", at(0));
        window.recordFailure("alice", at(1));
        window.recordFailure("alice", at(2));

        assertThat(window.blockedFor("alice", at(2))).contains(Duration.ofMinutes(8));
        assertThat(window.blockedFor("alice", at(9))).contains(Duration.ofMinutes(1));
    }

    @Test
    void blockEndsExactlyWhenTheOldestFailureLeavesTheWindow() {
        FailureWindow window = threeIn10Minutes();
        window.recordFailure("alice", at(0));
        window.recordFailure("alice", at(1));
        window.recordFailure("alice", at(2));

        assertThat(window.blockedFor("alice", at(10).minusSeconds(1))).contains(Duration.ofSeconds(1));
        assertThat(window.blockedFor("alice", at(10))).isEmpty();
    }

    @Test
    void failuresSpreadWiderThanTheWindowDoNotBlock() {
        FailureWindow window = threeIn10Minutes();
        window.recordFailure("alice", at(0));
        window.recordFailure("alice", at(6));
        window.recordFailure("alice", at(12));

        assertThat(window.blockedFor("alice", at(12))).isEmpty();
    }

    @Test
    void aFreshFailureAfterUnblockingBlocksUntilTheNextOldestLeaves() {
        FailureWindow window = threeIn10Minutes();
        window.recordFailure("alice", at(0));
        window.recordFailure("alice", at(1));
        window.recordFailure("alice", at(2));
        window.recordFailure("alice", at(10));

        assertThat(window.blockedFor("alice", at(10))).contains(Duration.ofMinutes(1));
    }

    @Test
    void resetClearsTheFailures() {
        FailureWindow window = threeIn10Minutes();
        window.recordFailure("alice", at(0));
        window.recordFailure("alice", at(0));
        window.recordFailure("alice", at(0));

        window.reset("alice");

        assertThat(window.blockedFor("alice", at(0))).isEmpty();
        assertThat(window.trackedKeys()).isZero();
    }

    @Test
    void keysAreCountedIndependently() {
        FailureWindow window = threeIn10Minutes();
        window.recordFailure("alice", at(0));
        window.recordFailure("alice", at(0));
        window.recordFailure("alice", at(0));
        window.recordFailure("bob", at(0));

        assertThat(window.blockedFor("alice", at(1))).isPresent();
        assertThat(window.blockedFor("bob", at(1))).isEmpty();
    }

    @Test
    void newKeyBeyondTheBoundIsNotTrackedWhileOthersAreStillLive() {
        FailureWindow window = new FailureWindow(1, WINDOW, 2);
        window.recordFailure("a", at(0));
        window.recordFailure("b", at(0));

        window.recordFailure("c", at(5));

        assertThat(window.trackedKeys()).isEqualTo(2);
        assertThat(window.blockedFor("c", at(5))).isEmpty();
        assertThat(window.blockedFor("a", at(5))).isPresent();
    }

    @Test
    void alreadyTrackedKeyKeepsCountingAtTheBound() {
        FailureWindow window = new FailureWindow(2, WINDOW, 1);
        window.recordFailure("a", at(0));
        window.recordFailure("a", at(1));

        assertThat(window.blockedFor("a", at(1))).contains(Duration.ofMinutes(9));
    }

    @Test
    void newKeyAtTheBoundPurgesExpiredKeysAndIsTracked() {
        FailureWindow window = new FailureWindow(1, WINDOW, 2);
        window.recordFailure("a", at(0));
        window.recordFailure("b", at(0));

        window.recordFailure("c", at(10));

        assertThat(window.trackedKeys()).isEqualTo(1);
        assertThat(window.blockedFor("c", at(10))).contains(WINDOW);
    }

    @Test
    void invalidSettingsAreRejected() {
        assertThatIllegalArgumentException().isThrownBy(() -> new FailureWindow(0, WINDOW, 1));
        assertThatIllegalArgumentException().isThrownBy(() -> new FailureWindow(1, Duration.ZERO, 1));
        assertThatIllegalArgumentException().isThrownBy(() -> new FailureWindow(1, WINDOW, 0));
    }

    @Test
    void tryCountCountsUntilTheLimitAndThenReportsTheWait() {
        FailureWindow window = threeIn10Minutes();
        assertThat(window.tryCount("alice", at(0))).isEmpty();
        assertThat(window.tryCount("alice", at(1))).isEmpty();
        assertThat(window.tryCount("alice", at(2))).isEmpty();

        assertThat(window.tryCount("alice", at(3))).contains(Duration.ofMinutes(7));
        assertThat(window.tryCount("alice", at(10))).isEmpty();
    }

    @Test
    void releaseGivesBackOneCountedAttempt() {
        FailureWindow window = threeIn10Minutes();
        window.tryCount("alice", at(0));
        window.tryCount("alice", at(1));
        window.tryCount("alice", at(2));

        window.release("alice", at(1));

        assertThat(window.blockedFor("alice", at(2))).isEmpty();
        assertThat(window.tryCount("alice", at(2))).isEmpty();
        assertThat(window.blockedFor("alice", at(2))).contains(Duration.ofMinutes(8));
    }

    @Test
    void concurrentTryCountsOfOneKeyCountExactlyTheLimit() throws InterruptedException {
        FailureWindow window = new FailureWindow(5, WINDOW, 100);
        java.util.concurrent.CountDownLatch go = new java.util.concurrent.CountDownLatch(1);
        java.util.concurrent.atomic.AtomicInteger counted = new java.util.concurrent.atomic.AtomicInteger();
        Thread[] threads = new Thread[12];
        for (int i = 0; i < threads.length; i++) {
            threads[i] = new Thread(() -> {
                try {
                    go.await();
                } catch (InterruptedException e) {
                    return;
                }
                if (window.tryCount("alice", T0).isEmpty()) {
                    counted.incrementAndGet();
                }
            });
            threads[i].start();
        }
        go.countDown();
        for (Thread thread : threads) {
            thread.join();
        }
        assertThat(counted.get()).isEqualTo(5);
    }
}
