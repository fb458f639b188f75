package dev.realmforge.engine.rpg.map.tiled;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import dev.realmforge.engine.rpg.map.Maps;
import dev.realmforge.engine.rpg.map.NpcSpawn;
import dev.realmforge.engine.rpg.map.Portal;
import dev.realmforge.engine.rpg.map.TileMap;
import dev.realmforge.engine.rpg.map.TilePoint;
import org.junit.jupiter.api.Test;

class BundledMapsTest {

    private final TileMap sample = bundled("samplemap");
    private final TileMap spawnArea = bundled("spawn_area");
    private final TileMap arena = bundled("arena");

    private TileMap bundled(String id) {
        return new TiledMapReader().read(id, id + ".tmj",
                name -> getClass().getClassLoader().getResourceAsStream("maps/" + name));
    }

    @Test
    void samplemapIsSixtyFourTilesSquareWithItsSpawnOnAnOpenTile() {
        assertThat(sample.id()).isEqualTo("samplemap");
        assertThat(sample.width()).isEqualTo(64);
        assertThat(sample.height()).isEqualTo(64);
        assertThat(sample.spawn()).isEqualTo(new TilePoint(10, 10));
        assertThat(sample.isBlocked(10, 10)).isFalse();
    }

    @Test
    void wallsAndWaterFromTheExternalTilesetBlockButTheBridgeDoesNot() {
        assertThat(sample.isBlocked(0, 0)).as("wall").isTrue();
        assertThat(sample.isBlocked(40, 6)).as("water").isTrue();
        assertThat(sample.isBlocked(40, 12)).as("bridge").isFalse();
    }

    @Test
    void tileIdsAreTiledGlobalIds() {
        assertThat(sample.tileAt(1, 1)).as("grass, local id 0 + firstgid 1").isEqualTo(1);
        assertThat(sample.tileAt(0, 0)).as("wall, local id 3").isEqualTo(4);
        assertThat(sample.tileAt(40, 12)).as("bridge, local id 9").isEqualTo(10);
    }

    @Test
    void thePortalInTheSouthEastLeadsToTheSpawnArea() {
        assertThat(sample.portalAt(60, 60))
                .contains(new Portal(new TilePoint(60, 60), "spawn_area", "from_samplemap"));
    }

    @Test
    void npcSpawnsIncludeAGoblin() {
        assertThat(sample.npcSpawns()).extracting(NpcSpawn::npcType).contains("goblin");
        assertThat(sample.npcSpawns()).extracting(NpcSpawn::name).contains("goblin_road");
    }

    @Test
    void spawnAreaIsThirtyTwoTilesSquareWithItsSpawnInTheMiddle() {
        assertThat(spawnArea.width()).isEqualTo(32);
        assertThat(spawnArea.height()).isEqualTo(32);
        assertThat(spawnArea.spawn()).isEqualTo(new TilePoint(15, 15));
        assertThat(spawnArea.arrival("from_samplemap")).isPresent();
    }

    @Test
    void theArenaIsTheOnlyPlayerVersusPlayerMapAndLinksToTheSpawnArea() {
        assertThat(arena.pvp()).isTrue();
        assertThat(sample.pvp()).isFalse();
        assertThat(spawnArea.pvp()).isFalse();
        assertThat(spawnArea.portalAt(1, 15)).contains(new Portal(new TilePoint(1, 15), "arena", "from_spawn_area"));
        assertThat(arena.portalAt(1, 8)).contains(new Portal(new TilePoint(1, 8), "spawn_area", "from_arena"));
        assertThat(arena.isBlocked(0, 0)).isTrue();
        assertThat(arena.isBlocked(8, 8)).isFalse();
    }

    @Test
    void theBundledMapsLinkUpIntoAConsistentWorld() {
        assertThatCode(() -> new Maps.Builder().add(sample).add(spawnArea).add(arena).build())
                .doesNotThrowAnyException();
        assertThat(new Maps.Builder().add(sample).add(spawnArea).add(arena).build().ids())
                .containsExactlyInAnyOrder("samplemap", "spawn_area", "arena");
    }
}
