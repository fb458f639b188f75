package dev.realmforge.engine.rpg.item;

import static org.assertj.core.api.Assertions.assertThat;

import dev.realmforge.engine.rpg.item.GroundItemsEvent;
import dev.realmforge.engine.rpg.session.OnlinePlayer;
import dev.realmforge.engine.rpg.session.Pacing;
import dev.realmforge.engine.rpg.map.Position;
import dev.realmforge.engine.session.RecordingPlayerLink;
import dev.realmforge.engine.rpg.view.GroundItemViews;
import dev.realmforge.persistence.account.Role;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Who sees which ground item, tick after tick, without a container. */
class GroundItemVisibilityTest {

    private static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");

    private final GroundIndex ground = new GroundIndex(16);
    private final GroundItemViews views = new GroundItemViews(16, 1);
    private final OnlinePlayer owner = player(1, 10, 10);
    private final OnlinePlayer other = player(2, 12, 10);
    private final OnlinePlayer far = player(3, 60, 10);

    private static OnlinePlayer player(long id, int x, int y) {
        return new OnlinePlayer(id, 100 + id, "p" + id, Role.PLAYER, new RecordingPlayerLink(),
                new Position("m", x, y, "south"), 10, dev.realmforge.engine.rpg.skill.Experience.starting(), Pacing.DEFAULT);
    }

    private static List<GroundItemsEvent> events(OnlinePlayer player) {
        return ((RecordingPlayerLink) player.link()).delivered.stream()
                .filter(GroundItemsEvent.class::isInstance).map(GroundItemsEvent.class::cast).toList();
    }

    private void tick(Instant at) {
        views.update(List.of(owner, other, far), ground, at);
    }

    @Test
    void theOwnerSeesItFirstThenEveryoneInViewUntilItDespawns() {
        ground.put(new GroundItem(40, 2, "Coins", 10, "m", 10, 10, 1L, T0.plusSeconds(60), T0.plusSeconds(180)));

        tick(T0);
        assertThat(events(owner)).singleElement().satisfies(e -> assertThat(e.added()).extracting(GroundItem::id)
                .containsExactly(40L));
        assertThat(events(other)).isEmpty();

        tick(T0.plusSeconds(1));
        assertThat(events(owner)).as("nothing new for the owner").hasSize(1);

        tick(T0.plusSeconds(60));
        assertThat(events(other)).singleElement().satisfies(e -> assertThat(e.added()).hasSize(1));
        assertThat(events(far)).as("out of view").isEmpty();

        tick(T0.plusSeconds(180));
        assertThat(events(owner)).last().satisfies(e -> assertThat(e.removed()).containsExactly(40L));
        assertThat(events(other)).last().satisfies(e -> assertThat(e.removed()).containsExactly(40L));
    }

    @Test
    void aTakenItemLeavesEveryViewAndTheOwnerIsShownOnlyWhilePrivate() {
        GroundItem item = new GroundItem(41, 5, "Bronze sword", 1, "m", 11, 10, 1L, T0.plusSeconds(5),
                T0.plusSeconds(100));
        ground.put(item);
        tick(T0.plusSeconds(10));
        assertThat(item.ownerFor(T0)).isEqualTo(1L);
        assertThat(item.ownerFor(T0.plusSeconds(10))).isNull();

        ground.remove(41);
        tick(T0.plusSeconds(11));

        assertThat(events(owner)).last().satisfies(e -> assertThat(e.removed()).containsExactly(41L));
        assertThat(events(other)).last().satisfies(e -> assertThat(e.removed()).containsExactly(41L));
        assertThat(ground.inChunk("m", 0, 0)).isEmpty();
    }
}
