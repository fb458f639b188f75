package dev.realmforge.engine.rpg.view;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AreaOfInterestTest {

    private final AreaOfInterest area = new AreaOfInterest(16, 1);

    private static EntitySnapshot at(String key, String map, int x, int y) {
        return new EntitySnapshot(key, EntitySnapshot.Kind.PLAYER, 0, key, map, x, y, "south", "idle", 10, 10, null, java.util.Map.of());
    }

    @Test
    void aViewerSeesTheThreeByThreeChunksAroundItsOwn() {
        area.add(at("same-chunk", "m", 20, 20));
        area.add(at("next-chunk", "m", 47, 47));     // chunk (2,2): adjacent to (1,1)
        area.add(at("two-away", "m", 48, 20));       // chunk (3,1): two chunks east
        area.add(at("north-west", "m", 0, 0));       // chunk (0,0): diagonal neighbour

        assertThat(area.visibleFrom("m", 17, 17, "viewer").keySet())
                .containsExactlyInAnyOrder("same-chunk", "next-chunk", "north-west");
    }

    @Test
    void otherMapsAndTheViewerItselfAreNotVisible() {
        area.add(at("viewer", "m", 5, 5));
        area.add(at("elsewhere", "other", 5, 5));

        assertThat(area.visibleFrom("m", 5, 5, "viewer")).isEmpty();
    }

    @Test
    void negativeCoordinatesUseFloorDivision() {
        AreaOfInterest tight = new AreaOfInterest(16, 0);
        tight.add(at("minus-one", "m", -1, 0));      // chunk (-1,0), not (0,0)

        assertThat(tight.visibleFrom("m", 0, 0, "viewer")).isEmpty();
        assertThat(tight.visibleFrom("m", -16, 0, "viewer")).containsKey("minus-one");
    }
}
