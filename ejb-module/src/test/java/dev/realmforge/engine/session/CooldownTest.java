package dev.realmforge.engine.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class CooldownTest {

    private static final Instant T0 = Instant.parse("2024-02-01T12:00:00Z");
    private static final Duration SPACING = Duration.ofMillis(1000);

    @Test
    void nothingRemainsBeforeAnyStart() {
        assertThat(new Cooldown(SPACING).remaining(T0)).isZero();
    }

    @Test
    void theWholeSpacingRemainsRightAfterStart() {
        Cooldown cooldown = new Cooldown(SPACING);
        cooldown.start(T0);

        assertThat(cooldown.remaining(T0)).isEqualTo(SPACING);
    }

    @Test
    void remainingShrinksAsTimePasses() {
        Cooldown cooldown = new Cooldown(SPACING);
        cooldown.start(T0);

        assertThat(cooldown.remaining(T0.plusMillis(400))).isEqualTo(Duration.ofMillis(600));
    }

    @Test
    void nothingRemainsOnceTheSpacingHasElapsed() {
        Cooldown cooldown = new Cooldown(SPACING);
        cooldown.start(T0);

        assertThat(cooldown.remaining(T0.plus(SPACING))).isZero();
        assertThat(cooldown.remaining(T0.plusSeconds(60))).isZero();
    }

    @Test
    void restartingMovesTheReadyTime() {
        Cooldown cooldown = new Cooldown(SPACING);
        cooldown.start(T0);
        cooldown.start(T0.plusSeconds(5));

        assertThat(cooldown.remaining(T0.plusSeconds(5))).isEqualTo(SPACING);
    }
}
