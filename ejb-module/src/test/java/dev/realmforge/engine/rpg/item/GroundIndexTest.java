package dev.realmforge.engine.rpg.item;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The hot index of ground items: what the sweep asks before it goes to the database. */
class GroundIndexTest {

    private static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");

    private final GroundIndex index = new GroundIndex(16);

    private static GroundItem item(long id, Instant despawnAt) {
        return new GroundItem(id, 1, "coins", 1, "m", 3, 4, null, T0, despawnAt);
    }

    @Test
    void nothingExpiresOnAnEmptyGround() {
        assertThat(index.anyExpired(T0.plusSeconds(3600))).isFalse();
    }

    @Test
    void anItemExpiresAtItsDespawnTimeAndNotBefore() {
        index.put(item(1, T0.plusSeconds(60)));
        index.put(item(2, T0.plusSeconds(120)));

        assertThat(index.anyExpired(T0.plusSeconds(59))).isFalse();
        assertThat(index.anyExpired(T0.plusSeconds(60))).isTrue();
    }

    @Test
    void aRemovedItemNoLongerCounts() {
        index.put(item(1, T0.plusSeconds(60)));
        index.remove(1);

        assertThat(index.anyExpired(T0.plusSeconds(61))).isFalse();
    }
}
