package dev.realmforge.engine.tick;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class TickScheduleTest {

    private static final long MS = 1_000_000;

    @Test
    void aTickIsDueOncePerPeriodWhateverTheFiringRate() {
        TickSchedule schedule = new TickSchedule(50 * MS, 0, 0);
        int ticks = 0;
        for (long now = 0; now < 1000 * MS; now += 5 * MS) {
            ticks += schedule.tickDue(now) ? 1 : 0;
        }
        assertThat(ticks).isEqualTo(19); // due at 50, 100, ..., 950
        assertThat(schedule.overruns()).isZero();
    }

    @Test
    void aFiringWithinTheEarlyMarginRunsTheTickAndKeepsTheGrid() {
        TickSchedule schedule = new TickSchedule(50 * MS, 0, 25 * MS);
        assertThat(schedule.tickDue(24 * MS)).isFalse();
        assertThat(schedule.tickDue(49 * MS)).isTrue();    // due at 50, the timer came 1 ms early
        assertThat(schedule.tickDue(74 * MS)).isFalse();   // the next is still due at 100
        assertThat(schedule.tickDue(101 * MS)).isTrue();
        assertThat(schedule.tickDue(149 * MS)).isTrue();
        assertThat(schedule.overruns()).isZero();
    }

    @Test
    void aTimerAtTheTickRateThatWandersAroundTheGridTicksEveryTime() {
        TickSchedule schedule = new TickSchedule(50 * MS, 0, 25 * MS);
        int ticks = 0;
        for (int i = 1; i <= 100; i++) {
            long wander = (i % 3 - 1) * 2 * MS; // -2, 0, +2 ms around each due time
            ticks += schedule.tickDue(i * 50 * MS + wander) ? 1 : 0;
        }
        assertThat(ticks).isEqualTo(100);
        assertThat(schedule.overruns()).isZero();
    }

    @Test
    void aLateFiringRunsOneTickAndCountsTheSkippedPeriods() {
        TickSchedule schedule = new TickSchedule(50 * MS, 0, 0);
        assertThat(schedule.tickDue(49 * MS)).isFalse();
        assertThat(schedule.tickDue(180 * MS)).isTrue();   // due at 50; 100 and 150 were missed
        assertThat(schedule.overruns()).isEqualTo(2);
        assertThat(schedule.tickDue(190 * MS)).isFalse();  // next due at 200, not a burst to catch up
        assertThat(schedule.tickDue(200 * MS)).isTrue();
        assertThat(schedule.overruns()).isEqualTo(2);
    }

    @Test
    void aFiringThatIsLateButWithinOnePeriodIsNoOverrun() {
        TickSchedule schedule = new TickSchedule(50 * MS, 0, 0);
        assertThat(schedule.tickDue(99 * MS)).isTrue();
        assertThat(schedule.tickDue(100 * MS)).isTrue();
        assertThat(schedule.overruns()).isZero();
    }

    @Test
    void refusesAPeriodOfZeroAndAnEarlyMarginOfAWholePeriod() {
        assertThatThrownBy(() -> new TickSchedule(0, 0, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new TickSchedule(50 * MS, 0, 50 * MS)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new TickSchedule(50 * MS, 0, -1)).isInstanceOf(IllegalArgumentException.class);
    }
}
