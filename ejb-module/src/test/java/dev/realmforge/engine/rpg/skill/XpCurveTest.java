package dev.realmforge.engine.rpg.skill;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class XpCurveTest {

    @Test
    void levelOneNeedsNoExperience() {
        assertThat(XpCurve.xpForLevel(1)).isZero();
    }

    @Test
    void levelTwoIsReachedAt83Xp() {
        assertThat(XpCurve.xpForLevel(2)).isEqualTo(83);
    }

    @Test
    void levelTenIsReachedAt1154Xp() {
        assertThat(XpCurve.xpForLevel(10)).isEqualTo(1154);
    }

    @Test
    void level99IsReachedAt13034431Xp() {
        assertThat(XpCurve.xpForLevel(99)).isEqualTo(13_034_431);
    }

    @ParameterizedTest(name = "{0} xp is level {1}")
    @CsvSource({
            "0, 1",
            "82, 1",
            "83, 2",
            "1153, 9",
            "1154, 10",
            "13034430, 98",
            "13034431, 99",
            "200000000, 99"
    })
    void levelForXpChangesExactlyAtEachThreshold(int xp, int level) {
        assertThat(XpCurve.levelForXp(xp)).isEqualTo(level);
    }

    @Test
    void targetXpAtZeroIsTheLevelTwoThreshold() {
        assertThat(XpCurve.targetXp(0)).isEqualTo(83);
    }

    @Test
    void targetXpOnAThresholdIsTheNextThreshold() {
        assertThat(XpCurve.targetXp(83)).isEqualTo(XpCurve.xpForLevel(3));
    }

    @Test
    void targetXpAtMaxLevelIsTheLevel99Threshold() {
        assertThat(XpCurve.targetXp(13_034_431)).isEqualTo(13_034_431);
        assertThat(XpCurve.targetXp(50_000_000)).isEqualTo(13_034_431);
    }

    @Test
    void thresholdsStrictlyIncrease() {
        for (int level = 2; level <= XpCurve.MAX_LEVEL; level++) {
            assertThat(XpCurve.xpForLevel(level)).isGreaterThan(XpCurve.xpForLevel(level - 1));
        }
    }

    @Test
    void negativeXpIsRejected() {
        assertThatIllegalArgumentException().isThrownBy(() -> XpCurve.levelForXp(-1));
        assertThatIllegalArgumentException().isThrownBy(() -> XpCurve.targetXp(-1));
    }

    @ParameterizedTest
    @ValueSource(ints = {0, -1, 100})
    void levelOutsideOneTo99IsRejected(int level) {
        assertThatIllegalArgumentException().isThrownBy(() -> XpCurve.xpForLevel(level));
    }
}
