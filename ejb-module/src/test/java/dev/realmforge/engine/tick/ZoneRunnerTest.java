package dev.realmforge.engine.tick;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ZoneRunnerTest {

    private static final long PERIOD = 50_000_000L; // 20 TPS

    /** Records the phases it is called in, in order. */
    private static final class RecordingZone implements Zone<String> {
        final List<String> calls = new ArrayList<>();
        RuntimeException failSimulate;

        @Override
        public void join(long nowNanos) {
            calls.add("join");
        }

        @Override
        public void input(String command, long nowNanos, boolean inTick) {
            calls.add((inTick ? "tick-input:" : "input:") + command);
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
        }
    }

    private final RecordingZone zone = new RecordingZone();
    private final List<Duration> durations = new ArrayList<>();
    private final ZoneRunner<String> runner =
            new ZoneRunner<>(new ZoneSettings("test", 20, 3, 2), zone, 0, durations::add);

    @Test
    void betweenTicksAFiringOnlyAppliesInputsAtMostTheCapPerFiring() {
        runner.submit("a");
        runner.submit("b");
        runner.submit("c");

        runner.fire(PERIOD / 2);

        assertThat(zone.calls).containsExactly("input:a", "input:b");
        assertThat(runner.queuedInputs()).isEqualTo(1);
        assertThat(runner.ticks()).isZero();
    }

    @Test
    void aDueFiringRunsTheFullTickInItsFixedPhases() {
        runner.submit("a");

        runner.fire(PERIOD);

        assertThat(zone.calls).containsExactly("join", "tick-input:a", "simulate", "publish");
        assertThat(runner.ticks()).isEqualTo(1);
        assertThat(runner.lastTickNanos()).isEqualTo(PERIOD);
        assertThat(durations).hasSize(1);
    }

    @Test
    void theInputQueueIsBounded() {
        assertThat(runner.submit("a")).isTrue();
        assertThat(runner.submit("b")).isTrue();
        assertThat(runner.submit("c")).isTrue();
        assertThat(runner.submit("d")).isFalse();
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
}
