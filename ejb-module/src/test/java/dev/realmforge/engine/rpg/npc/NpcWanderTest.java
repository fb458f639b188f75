package dev.realmforge.engine.rpg.npc;

import static org.assertj.core.api.Assertions.assertThat;

import dev.realmforge.engine.rpg.map.Maps;
import dev.realmforge.engine.rpg.map.TileMap;
import dev.realmforge.engine.rpg.map.TilePoint;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class NpcWanderTest {

    private static final long SECOND = 1_000_000_000L;

    /** 9x9 open field with a wall column at x = 6. */
    private static Maps field() {
        boolean[] blocked = new boolean[81];
        for (int y = 0; y < 9; y++) {
            blocked[y * 9 + 6] = true;
        }
        return new Maps.Builder().add(new TileMap("f", 9, 9, new int[81], blocked, new TilePoint(0, 0), Map.of(),
                List.of(), List.of())).build();
    }

    private final NpcDefinition rat = new NpcDefinition("rat", "Rat", 1, 2, 2, 10);

    @Test
    void anNpcWaitsForItsPauseThenWandersWithinItsRadiusNeverThroughWalls() {
        NpcWander wander = new NpcWander(field(), new SplittableRandom(42), SECOND, 2 * SECOND);
        Npc npc = new Npc(1, rat, "f", new TilePoint(4, 4), wander.firstWander(0));

        assertThat(wander.advance(npc, 0)).as("still pausing").isFalse();
        int moves = 0;
        for (long now = 0; now < 10_000 * SECOND; now += SECOND / 2) {
            if (wander.advance(npc, now)) {
                moves++;
            }
            assertThat(Math.abs(npc.x() - 4)).isLessThanOrEqualTo(2);
            assertThat(Math.abs(npc.y() - 4)).isLessThanOrEqualTo(2);
            assertThat(npc.x()).as("never on the wall column").isNotEqualTo(6);
        }
        assertThat(moves).as("it does wander").isGreaterThan(100);
    }

    @Test
    void aRadiusOfZeroKeepsAnNpcAtHome() {
        NpcWander wander = new NpcWander(field(), new SplittableRandom(1), 0, 0);
        Npc statue = new Npc(1, new NpcDefinition("statue", "Statue", 1, 1, 0, 0), "f", new TilePoint(2, 2), 0);

        for (long now = 0; now < 1000; now++) {
            assertThat(wander.advance(statue, now)).isFalse();
        }
        assertThat(statue.x()).isEqualTo(2);
    }
}
