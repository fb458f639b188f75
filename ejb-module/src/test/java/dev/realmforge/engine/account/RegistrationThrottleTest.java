package dev.realmforge.engine.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class RegistrationThrottleTest {

    private static final Instant T0 = Instant.parse("2024-02-01T12:00:00Z");

    /** A clock the test moves by hand. */
    private static final class Hand extends Clock {
        Instant now = T0;

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    private final Hand clock = new Hand();

    private RegistrationThrottle throttle(int perIp) {
        RegistrationThrottle throttle = new RegistrationThrottle();
        throttle.clock = clock;
        throttle.maxPerIp = perIp;
        throttle.windowSeconds = 3600;
        throttle.trackedKeys = 1000;
        throttle.init();
        return throttle;
    }

    @Test
    void anAddressMayRegisterUpToTheLimitPerWindow() {
        RegistrationThrottle throttle = throttle(3);
        for (int i = 0; i < 3; i++) {
            throttle.count("10.0.0.1");
        }
        clock.now = T0.plusSeconds(600);
        assertThatThrownBy(() -> throttle.count("10.0.0.1"))
                .isInstanceOfSatisfying(AccountException.class, e -> {
                    assertThat(e.reason()).isEqualTo(AccountException.Reason.THROTTLED);
                    assertThat(e.retryAfter()).isEqualTo(Duration.ofSeconds(3000));
                });
        throttle.count("10.0.0.2");
    }

    @Test
    void theAddressMayRegisterAgainOnceItsOldestRegistrationLeavesTheWindow() {
        RegistrationThrottle throttle = throttle(1);
        throttle.count("10.0.0.1");
        clock.now = T0.plusSeconds(3600);
        throttle.count("10.0.0.1");
    }
}
