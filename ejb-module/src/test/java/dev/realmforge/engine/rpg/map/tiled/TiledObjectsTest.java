package dev.realmforge.engine.rpg.map.tiled;

import static dev.realmforge.engine.rpg.map.tiled.TiledText.SPAWN;
import static dev.realmforge.engine.rpg.map.tiled.TiledText.ground;
import static dev.realmforge.engine.rpg.map.tiled.TiledText.map;
import static dev.realmforge.engine.rpg.map.tiled.TiledText.objects;
import static dev.realmforge.engine.rpg.map.tiled.TiledText.point;
import static dev.realmforge.engine.rpg.map.tiled.TiledText.property;
import static dev.realmforge.engine.rpg.map.tiled.TiledText.read;
import static org.assertj.core.api.Assertions.assertThat;

import dev.realmforge.engine.rpg.map.NpcSpawn;
import dev.realmforge.engine.rpg.map.Portal;
import dev.realmforge.engine.rpg.map.TileMap;
import dev.realmforge.engine.rpg.map.TilePoint;
import org.junit.jupiter.api.Test;

class TiledObjectsTest {

    private static TileMap withObjects(String... objects) {
        return read(map(ground() + "," + objects(objects)));
    }

    @Test
    void tiled19ObjectsNameTheirKindInClass() {
        TileMap map = read(map(ground() + "," + objects("""
                {"id": 1, "name": "start", "class": "spawn", "x": 80, "y": 48, "point": true}""", """
                {"id": 2, "name": "rat", "type": "", "class": "npc", "x": 16, "y": 80, "point": true,
                 "properties": [{"name": "npc", "type": "string", "value": "giant_rat"}]}""")));
        assertThat(map.spawn()).isEqualTo(new TilePoint(2, 1));
        assertThat(map.npcSpawns()).containsExactly(new NpcSpawn("rat", "giant_rat", new TilePoint(0, 2)));
    }

    @Test
    void aRectangleObjectStandsOnTheTileUnderItsCentre() {
        TileMap map = withObjects("""
                {"id": 1, "name": "start", "type": "spawn", "x": 10, "y": 20, "width": 60, "height": 60}""");
        assertThat(map.spawn()).as("centre (40, 50)").isEqualTo(new TilePoint(1, 1));
    }

    @Test
    void aPointObjectIgnoresItsSize() {
        TileMap map = withObjects("""
                {"id": 1, "name": "start", "type": "spawn", "x": 10, "y": 20, "width": 60, "height": 60, "point": true}""");
        assertThat(map.spawn()).isEqualTo(new TilePoint(0, 0));
    }

    @Test
    void objectKindsIgnoreCase() {
        TileMap map = withObjects(point(1, "start", "Spawn", 3, 2, ""));
        assertThat(map.spawn()).isEqualTo(new TilePoint(3, 2));
    }

    @Test
    void portalsArrivalsAndNpcsAreRead() {
        TileMap map = withObjects(SPAWN,
                point(2, "gate", "arrival", 1, 0, ""),
                point(3, "door", "portal", 3, 2, property("target_map", "cave") + "," + property("target_arrival", "mouth")),
                point(4, "", "npc", 2, 2, property("npc", "goblin")));
        assertThat(map.arrival("gate")).contains(new TilePoint(1, 0));
        assertThat(map.portals()).containsExactly(new Portal(new TilePoint(3, 2), "cave", "mouth"));
        assertThat(map.npcSpawns()).extracting(NpcSpawn::npcType, NpcSpawn::at)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("goblin", new TilePoint(2, 2)));
    }

    @Test
    void objectsOfOtherKindsAreIgnored() {
        TileMap map = withObjects(SPAWN, """
                {"id": 9, "name": "far away note", "type": "note", "x": 9999, "y": 9999}""");
        assertThat(map.portals()).isEmpty();
        assertThat(map.npcSpawns()).isEmpty();
    }
}
