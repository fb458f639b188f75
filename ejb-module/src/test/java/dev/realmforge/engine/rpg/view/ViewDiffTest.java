package dev.realmforge.engine.rpg.view;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class ViewDiffTest {

    private static EntitySnapshot player(long id, int x, int y, String facing, String animation, int hp) {
        return new EntitySnapshot("player_" + id, EntitySnapshot.Kind.PLAYER, id, "p" + id, "m", x, y, facing,
                animation, hp, 10, null, java.util.Map.of());
    }

    private static Map<String, EntitySnapshot> view(EntitySnapshot... entities) {
        Map<String, EntitySnapshot> map = new java.util.HashMap<>();
        for (EntitySnapshot e : entities) {
            map.put(e.key(), e);
        }
        return map;
    }

    @Test
    void anEntitySeenForTheFirstTimeIsSentInFull() {
        ViewDiff diff = ViewDiff.between(Map.of(), view(player(1, 5, 5, "south", "idle", 10)));

        assertThat(diff.changed()).singleElement().satisfies(c -> assertThat(c.full()).isTrue());
        assertThat(diff.removed()).isEmpty();
    }

    @Test
    void anUnchangedViewIsEmpty() {
        Map<String, EntitySnapshot> same = view(player(1, 5, 5, "south", "idle", 10), player(2, 6, 6, "east", "idle", 7));

        assertThat(ViewDiff.between(same, view(same.values().toArray(EntitySnapshot[]::new))).isEmpty()).isTrue();
    }

    @Test
    void onlyTheChangedFieldsAreListed() {
        ViewDiff diff = ViewDiff.between(view(player(1, 5, 5, "south", "idle", 10)),
                view(player(1, 5, 4, "north", "walking", 10)));

        EntityChange change = diff.changed().get(0);
        assertThat(change.full()).isFalse();
        assertThat(change.fields()).containsExactlyInAnyOrder(
                EntitySnapshot.Field.POSITION, EntitySnapshot.Field.FACING, EntitySnapshot.Field.ANIMATION);
    }

    @Test
    void hitPointChangesAreAnUpdateOnTheirOwn() {
        ViewDiff diff = ViewDiff.between(view(player(1, 5, 5, "south", "idle", 10)), view(player(1, 5, 5, "south", "idle", 7)));

        assertThat(diff.changed().get(0).fields()).containsExactly(EntitySnapshot.Field.HP);
    }

    @Test
    void anEntityNoLongerVisibleIsRemoved() {
        EntitySnapshot gone = player(2, 6, 6, "east", "idle", 7);
        ViewDiff diff = ViewDiff.between(view(player(1, 5, 5, "south", "idle", 10), gone),
                view(player(1, 5, 5, "south", "idle", 10)));

        assertThat(diff.changed()).isEmpty();
        assertThat(diff.removed()).containsExactly(gone);
    }
}
