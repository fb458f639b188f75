package dev.realmforge.engine.tick;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class TickScheduleTest {

    private static final long MS = 1_000_000;

    @Test
    void aTickIsDueOncePerPeriodWhateverTheFiringRate() {
        TickSchedule schedule = new TickSchedule(50 * MS, 0);
        int ticks = 0;
        for (long now = 0; now < 1000 * MS; now += 5 * MS) {
            ticks += schedule.tickDue(now) ? 1 : 0;
        }
        assertThat(ticks).isEqualTo(19); // due at 50, 100, ..., 950
        assertThat(schedule.overruns()).isZero();
    }

    @Test
    void aLateFiringRunsOneTickAndCountsTheSkippedPeriods() {
        TickSchedule schedule = new TickSchedule(50 * MS, 0);
        assertThat(schedule.tickDue(49 * MS)).isFalse();
        assertThat(schedule.tickDue(180 * MS)).isTrue();   // due at 50; 100 and 150 were missed
        assertThat(schedule.overruns()).isEqualTo(2);
        assertThat(schedule.tickDue(190 * MS)).isFalse();  // next due at 200, not a burst to catch up
        assertThat(schedule.tickDue(200 * MS)).isTrue();
        assertThat(schedule.overruns()).isEqualTo(2);
    }

    @Test
    void aFiringThatIsLateButWithinOnePeriodIsNoOverrun() {
        TickSchedule schedule = new TickSchedule(50 * MS, 0);
        assertThat(schedule.tickDue(99 * MS)).isTrue();
        assertThat(schedule.tickDue(100 * MS)).isTrue();
        assertThat(schedule.overruns()).isZero();
    }

    @Test
    void refusesAPeriodOfZero() {
        assertThatThrownBy(() -> new TickSchedule(0, 0)).isInstanceOf(IllegalArgumentException.class);
    }
}
