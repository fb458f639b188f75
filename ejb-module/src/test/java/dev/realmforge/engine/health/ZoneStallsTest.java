package dev.realmforge.engine.health;

import static org.assertj.core.api.Assertions.assertThat;

import dev.realmforge.engine.tick.Zone;
import dev.realmforge.engine.tick.ZoneRunner;
import dev.realmforge.engine.tick.ZoneSettings;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ZoneStallsTest {

    private static final Zone<Object> IDLE = new Zone<>() {
        @Override
        public void join(long nowNanos) {
        }

        @Override
        public void input(Object command, long nowNanos, boolean inTick) {
        }

        @Override
        public void simulate(long nowNanos) {
        }

        @Override
        public void publish(long nowNanos) {
        }
    };

    private static ZoneRunner<Object> zone(String name) {
        return new ZoneRunner<>(new ZoneSettings(name, 20, 10, 10), IDLE, 0, 0, d -> { });
    }

    @Test
    void aZoneThatKeepsTickingIsNotStalled() {
        ZoneRunner<Object> rpg = zone("rpg");
        rpg.fire(9_000_000_000L);

        Map<String, Long> since = ZoneStalls.sinceLastTick(List.of(rpg), 9_500_000_000L);

        assertThat(since).containsEntry("rpg", 500L);
        assertThat(ZoneStalls.stalled(since, 10_000)).isEmpty();
    }

    @Test
    void aZoneWithoutATickForLongerThanTheLimitIsStalledAndNamed() {
        ZoneRunner<Object> rpg = zone("rpg");
        ZoneRunner<Object> space = zone("space");
        rpg.fire(1_000_000_000L);
        space.fire(12_000_000_000L);

        Map<String, Long> since = ZoneStalls.sinceLastTick(List.of(rpg, space), 12_000_000_000L);

        assertThat(ZoneStalls.stalled(since, 10_000)).containsExactly("rpg");
    }

    @Test
    void aTickThatEndsAfterTheClockWasReadCountsAsJustNow() {
        ZoneRunner<Object> rpg = zone("rpg");
        rpg.fire(5_000_000_000L);

        assertThat(ZoneStalls.sinceLastTick(List.of(rpg), 4_900_000_000L)).containsEntry("rpg", 0L);
    }
}
