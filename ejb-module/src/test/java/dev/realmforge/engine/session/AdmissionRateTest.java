package dev.realmforge.engine.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The admission pace, with time passed in. */
class AdmissionRateTest {

    private static final long MS = 1_000_000;

    @Test
    void aBurstEntersAtOnceAndTheRestAreSpacedByTheRate() {
        AdmissionRate rate = new AdmissionRate(100, 3, 1_000 * MS); // a slot every 10 ms, 3 at once
        long now = 5_000 * MS;

        assertThat(rate.reserve(now)).isZero();
        assertThat(rate.reserve(now)).isZero();
        assertThat(rate.reserve(now)).isZero();
        assertThat(rate.reserve(now)).isEqualTo(10 * MS);
        assertThat(rate.reserve(now)).isEqualTo(20 * MS);
    }

    @Test
    void aCallerWhoseTurnIsTooFarIsRefusedAndTakesNoSlot() {
        AdmissionRate rate = new AdmissionRate(10, 1, 150 * MS); // a slot every 100 ms, wait at most 150 ms
        long now = 0;

        assertThat(rate.reserve(now)).isZero();
        assertThat(rate.reserve(now)).isEqualTo(100 * MS);
        assertThat(rate.reserve(now)).isEqualTo(-1);
        assertThat(rate.reserve(now + 60 * MS)).isEqualTo(140 * MS); // the refused caller left its slot free
    }

    @Test
    void aQuietSpellRefillsTheBurstButNoMore() {
        AdmissionRate rate = new AdmissionRate(100, 2, 0);
        assertThat(rate.reserve(0)).isZero();
        assertThat(rate.reserve(0)).isZero();
        assertThat(rate.reserve(0)).isEqualTo(-1);

        long later = 60_000 * MS;
        assertThat(rate.reserve(later)).isZero();
        assertThat(rate.reserve(later)).isZero();
        assertThat(rate.reserve(later)).isEqualTo(-1); // a minute of quiet still allows only the burst
    }

    @Test
    void aRateOfZeroIsRefused() {
        assertThatThrownBy(() -> new AdmissionRate(0, 1, 0)).isInstanceOf(IllegalArgumentException.class);
    }
}
