package dev.realmforge.engine.tick;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ZoneRunnerTest {

    private static final long PERIOD = 50_000_000L; // 20 TPS

    /** Records the phases it is called in, in order; a phase may run a hook (to act from inside). */
    private static final class RecordingZone implements Zone<String> {
        final List<String> calls = Collections.synchronizedList(new ArrayList<>());
        RuntimeException failSimulate;
        Runnable duringPublish = () -> { };
        Consumer<String> duringInput = command -> { };

        @Override
        public void join(long nowNanos) {
            calls.add("join");
        }

        @Override
        public void input(String command, long nowNanos, boolean inTick) {
            calls.add((inTick ? "tick-input:" : "input:") + command);
            duringInput.accept(command);
        }

        @Override
        public void simulate(long nowNanos) {
            calls.add("simulate");
            if (failSimulate != null) {
                throw failSimulate;
            }
        }

        @Override
        public void publish(long nowNanos) {
            calls.add("publish");
            duringPublish.run();
        }
    }

    private final RecordingZone zone = new RecordingZone();
    private final List<Duration> durations = new ArrayList<>();
    private final ZoneRunner<String> runner =
            new ZoneRunner<>(new ZoneSettings("test", 20, 3, 2), zone, 0, 0, durations::add);
    private final ExecutorService others = Executors.newCachedThreadPool();

    @AfterEach
    void stopOthers() {
        others.shutdownNow();
    }

    @Test
    void anInputSubmittedWhileTheZoneIsFreeIsAppliedBeforeSubmitReturns() {
        assertThat(runner.submit("a")).isTrue();

        assertThat(zone.calls).containsExactly("input:a");
        assertThat(runner.queuedInputs()).isZero();
        assertThat(runner.ticks()).isZero();
    }

    @Test
    void aDueFiringRunsTheFullTickInItsFixedPhases() {
        runner.fire(PERIOD);

        assertThat(zone.calls).containsExactly("join", "simulate", "publish");
        assertThat(runner.ticks()).isEqualTo(1);
        assertThat(runner.lastTickNanos()).isEqualTo(PERIOD);
        assertThat(durations).hasSize(1);
    }

    @Test
    void aFiringBeforeTheDueTimeDoesNothing() {
        runner.fire(PERIOD / 2);

        assertThat(zone.calls).isEmpty();
        assertThat(runner.ticks()).isZero();
    }

    @Test
    void inputsSubmittedDuringATickWaitAndAreAppliedWhenTheTickLetsGo() throws Exception {
        CountDownLatch inPublish = new CountDownLatch(1);
        CountDownLatch submitted = new CountDownLatch(1);
        zone.duringPublish = () -> {
            inPublish.countDown();
            await(submitted);
        };
        var tick = others.submit(() -> runner.fire(PERIOD));
        await(inPublish);

        assertThat(runner.submit("a")).isTrue(); // another thread, the zone busy: queued, not applied
        assertThat(zone.calls).doesNotContain("input:a");
        assertThat(runner.queuedInputs()).isEqualTo(1);
        submitted.countDown();
        tick.get(5, TimeUnit.SECONDS);

        assertThat(zone.calls).containsExactly("join", "simulate", "publish", "input:a");
        assertThat(runner.queuedInputs()).isZero();
    }

    @Test
    void aTickWaitsForTheThreadApplyingInputsAndNeverOverlapsIt() throws Exception {
        CountDownLatch inInput = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        zone.duringInput = command -> {
            inInput.countDown();
            await(release);
        };
        var submitter = others.submit(() -> runner.submit("a"));
        await(inInput);
        var tick = others.submit(() -> runner.fire(PERIOD));
        Thread.sleep(50); // give the tick the chance to run into the zone, which it must not take
        assertThat(zone.calls).containsExactly("input:a");

        zone.duringInput = command -> { };
        release.countDown();
        submitter.get(5, TimeUnit.SECONDS);
        tick.get(5, TimeUnit.SECONDS);

        assertThat(zone.calls).containsExactly("input:a", "join", "simulate", "publish");
        assertThat(runner.ticks()).isEqualTo(1);
    }

    @Test
    void codeInsideTheZoneThatSubmitsOnlyQueuesItsInputForAfterThePhase() {
        zone.duringPublish = () -> runner.submit("from-publish");

        runner.fire(PERIOD);

        assertThat(zone.calls).containsExactly("join", "simulate", "publish", "input:from-publish");
    }

    @Test
    void theInputQueueIsBoundedWhileTheZoneIsBusy() throws Exception {
        AtomicInteger accepted = new AtomicInteger();
        zone.duringPublish = () -> {
            try {
                // from another thread, as a connection would; the tick holds the zone meanwhile
                others.submit(() -> {
                    for (String input : List.of("a", "b", "c", "d")) {
                        accepted.addAndGet(runner.submit(input) ? 1 : 0);
                    }
                }).get(5, TimeUnit.SECONDS);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        };

        runner.fire(PERIOD);

        assertThat(accepted).hasValue(3);
        // after the tick, the firing thread applies the queue up to the cap; the rest stays queued
        assertThat(zone.calls).containsExactly("join", "simulate", "publish", "input:a", "input:b");
        assertThat(runner.queuedInputs()).isEqualTo(1);
        runner.fire(PERIOD * 2);
        assertThat(zone.calls).containsSubsequence("join", "tick-input:c", "simulate", "publish");
    }

    @Test
    void periodsMissedEntirelyAreSkippedAndCountedNotRunInABurst() {
        runner.fire(PERIOD);
        runner.fire(PERIOD * 5);
        runner.fire(PERIOD * 5 + 1);

        assertThat(runner.ticks()).isEqualTo(2);
        assertThat(runner.overruns()).isEqualTo(3);
    }

    @Test
    void aFailingTickIsLoggedAndTheZoneGoesOn() {
        zone.failSimulate = new IllegalStateException("boom");
        runner.fire(PERIOD);
        zone.failSimulate = null;
        zone.calls.clear();

        runner.fire(PERIOD * 2);

        assertThat(zone.calls).containsExactly("join", "simulate", "publish");
        assertThat(runner.ticks()).isEqualTo(1);
    }

    @Test
    void aFailingInputIsLoggedAndLaterInputsAreStillApplied() {
        zone.duringInput = command -> {
            if (command.equals("bad")) {
                throw new IllegalStateException("boom");
            }
        };

        runner.submit("bad");
        runner.submit("good");

        assertThat(zone.calls).containsExactly("input:bad", "input:good");
        assertThat(runner.queuedInputs()).isZero();
    }

    private static void await(CountDownLatch latch) {
        try {
            if (!latch.await(5, TimeUnit.SECONDS)) {
                throw new IllegalStateException("timed out");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
