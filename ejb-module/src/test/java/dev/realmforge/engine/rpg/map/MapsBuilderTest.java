package dev.realmforge.engine.rpg.map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class MapsBuilderTest {

    private final TileMap cave = MapFixtures.builder("cave", 4, 4).arrival("mouth", 1, 1).build();

    @Test
    void aPortalToAnUnknownMapFailsNamingBothMaps() {
        TileMap town = MapFixtures.builder("town", 4, 4).portal(3, 3, "dungeon", "mouth").build();
        assertThatThrownBy(() -> new Maps.Builder().add(town).build())
                .isInstanceOf(MapLoadException.class)
                .hasMessageContaining("town").hasMessageContaining("unknown map 'dungeon'");
    }

    @Test
    void aPortalToAMissingArrivalFailsNamingBothMapsAndTheArrival() {
        TileMap town = MapFixtures.builder("town", 4, 4).portal(3, 3, "cave", "exit").build();
        assertThatThrownBy(() -> new Maps.Builder().add(town).add(cave).build())
                .isInstanceOf(MapLoadException.class)
                .hasMessageContaining("Map town:").hasMessageContaining("'exit'").hasMessageContaining("map 'cave'");
    }

    @Test
    void aPortalToAnArrivalOnABlockedTileFails() {
        TileMap blockedCave = MapFixtures.builder("cave", 4, 4).arrival("mouth", 1, 1).blocked(1, 1).build();
        TileMap town = MapFixtures.builder("town", 4, 4).portal(3, 3, "cave", "mouth").build();
        assertThatThrownBy(() -> new Maps.Builder().add(town).add(blockedCave).build())
                .isInstanceOf(MapLoadException.class)
                .hasMessageContaining("cave").hasMessageContaining("arrival 'mouth' is on a blocked tile");
    }

    @Test
    void aSpawnOnABlockedTileFails() {
        TileMap town = MapFixtures.builder("town", 4, 4).spawn(2, 2).blocked(2, 2).build();
        assertThatThrownBy(() -> new Maps.Builder().add(town).build())
                .isInstanceOf(MapLoadException.class)
                .hasMessageContaining("town").hasMessageContaining("spawn point");
    }

    @Test
    void portalsToOpenArrivalsBuild() {
        TileMap town = MapFixtures.builder("town", 4, 4).portal(3, 3, "cave", "mouth").build();
        Maps maps = new Maps.Builder().add(town).add(cave).build();
        assertThat(maps.ids()).containsExactlyInAnyOrder("town", "cave");
        assertThat(maps.find("cave")).containsSame(cave);
        assertThat(maps.find("nowhere")).isEmpty();
        assertThat(maps.find(null)).isEmpty();
    }

    @Test
    void aLaterMapWithTheSameIdReplacesTheEarlierOne() {
        TileMap smallTown = MapFixtures.open("town", 4, 4);
        TileMap bigTown = MapFixtures.open("town", 8, 8);
        Maps maps = new Maps.Builder().add(smallTown).add(bigTown).build();
        assertThat(maps.find("town")).containsSame(bigTown);
        assertThat(maps.all()).hasSize(1);
    }

    @Test
    void aReplacedMapIsNoLongerChecked() {
        TileMap brokenTown = MapFixtures.builder("town", 4, 4).portal(3, 3, "dungeon", "mouth").build();
        Maps maps = new Maps.Builder().add(brokenTown).add(MapFixtures.open("town", 4, 4)).build();
        assertThat(maps.find("town").orElseThrow().portals()).isEmpty();
    }
}
