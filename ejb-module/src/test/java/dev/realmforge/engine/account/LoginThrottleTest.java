package dev.realmforge.engine.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;
import org.junit.jupiter.api.Test;

class LoginThrottleTest {

    private static LoginThrottle throttle(int perAccount, int perIp) {
        LoginThrottle throttle = new LoginThrottle();
        throttle.clock = Clock.fixed(Instant.parse("2024-02-01T12:00:00Z"), ZoneOffset.UTC);
        throttle.maxPerAccount = perAccount;
        throttle.maxPerIp = perIp;
        throttle.windowSeconds = 900;
        throttle.trackedKeys = 1000;
        throttle.init();
        return throttle;
    }

    /** Starts all attempts at once; returns how many were let through to the password check. */
    private static int concurrentAttempts(int threads, IntFunction<Runnable> attempt) throws InterruptedException {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CountDownLatch ready = new CountDownLatch(threads);
        CountDownLatch go = new CountDownLatch(1);
        AtomicInteger passed = new AtomicInteger();
        for (int i = 0; i < threads; i++) {
            Runnable run = attempt.apply(i);
            pool.execute(() -> {
                ready.countDown();
                try {
                    go.await();
                    run.run();
                    passed.incrementAndGet();
                } catch (AccountException throttled) {
                    assertThat(throttled.reason()).isEqualTo(AccountException.Reason.THROTTLED);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            });
        }
        ready.await();
        go.countDown();
        pool.shutdown();
        assertThat(pool.awaitTermination(10, TimeUnit.SECONDS)).isTrue();
        return passed.get();
    }

    @Test
    void concurrentAttemptsOnOneAccountPassAtMostTheLimit() throws InterruptedException {
        LoginThrottle throttle = throttle(5, 1000);
        assertThat(concurrentAttempts(12, i -> () -> throttle.begin("alice", "10.0.0." + i))).isEqualTo(5);
        assertThatThrownBy(() -> throttle.begin("alice", "10.0.0.99")).isInstanceOf(AccountException.class);
    }

    @Test
    void concurrentAttemptsFromOneAddressPassAtMostTheLimit() throws InterruptedException {
        LoginThrottle throttle = throttle(1000, 5);
        assertThat(concurrentAttempts(12, i -> () -> throttle.begin("user" + i, "10.0.0.1"))).isEqualTo(5);
    }

    @Test
    void anAttemptRefusedForItsAccountDoesNotCountAgainstTheAddress() {
        LoginThrottle throttle = throttle(1, 2);
        throttle.begin("alice", "10.0.0.1");
        assertThatThrownBy(() -> throttle.begin("alice", "10.0.0.1")).isInstanceOf(AccountException.class);
        throttle.begin("bob", "10.0.0.1");
    }

    @Test
    void aRightPasswordGivesTheCountBack() {
        LoginThrottle throttle = throttle(2, 2);
        throttle.begin("alice", "10.0.0.1");
        throttle.succeeded(throttle.begin("alice", "10.0.0.1"));
        throttle.begin("alice", "10.0.0.1");
        assertThatThrownBy(() -> throttle.begin("bob", "10.0.0.1")).isInstanceOf(AccountException.class)
                .satisfies(e -> assertThat(((AccountException) e).retryAfter()).isPositive());
    }

    @Test
    void anAttemptNeverCheckedGivesBothCountsBack() {
        LoginThrottle throttle = throttle(1, 1);
        throttle.unchecked(throttle.begin("alice", "10.0.0.1"));

        LoginThrottle.Attempt again = throttle.begin("alice", "10.0.0.1");

        assertThat(again.usernameKey()).isEqualTo("alice");
        assertThatThrownBy(() -> throttle.begin("alice", "10.0.0.2")).isInstanceOf(AccountException.class);
        assertThatThrownBy(() -> throttle.begin("bob", "10.0.0.1")).isInstanceOf(AccountException.class);
    }
}
