package dev.realmforge.engine.rpg.map.tiled;

import static dev.realmforge.engine.rpg.map.tiled.TiledText.SPAWN;
import static dev.realmforge.engine.rpg.map.tiled.TiledText.failure;
import static dev.realmforge.engine.rpg.map.tiled.TiledText.ground;
import static dev.realmforge.engine.rpg.map.tiled.TiledText.map;
import static dev.realmforge.engine.rpg.map.tiled.TiledText.objects;
import static dev.realmforge.engine.rpg.map.tiled.TiledText.point;
import static dev.realmforge.engine.rpg.map.tiled.TiledText.property;
import static dev.realmforge.engine.rpg.map.tiled.TiledText.tiles;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class TiledMapReaderErrorsTest {

    private static final String LAYERS = """
            "layers": [{"type": "tilelayer", "name": "ground", "data": [1, 1, 1, 1]},
                       {"type": "objectgroup", "name": "objects", "objects": [
                         {"id": 1, "type": "spawn", "x": 16, "y": 16, "point": true}]}]
            """;

    @Test
    void anInfiniteMapFailsNamingTheFile() {
        String json = """
                {"orientation": "orthogonal", "infinite": true, "width": 2, "height": 2,
                 "tilewidth": 32, "tileheight": 32, %s}
                """.formatted(LAYERS);
        assertThat(failure(json)).hasMessageContaining("test.tmj").hasMessageContaining("infinite");
    }

    @Test
    void anIsometricMapFailsNamingItsOrientation() {
        String json = """
                {"orientation": "isometric", "infinite": false, "width": 2, "height": 2,
                 "tilewidth": 32, "tileheight": 32, %s}
                """.formatted(LAYERS);
        assertThat(failure(json)).hasMessageContaining("test.tmj").hasMessageContaining("orthogonal")
                .hasMessageContaining("isometric");
    }

    @Test
    void aMapWithoutAWidthFails() {
        String json = """
                {"orientation": "orthogonal", "height": 2, "tilewidth": 32, "tileheight": 32, %s}
                """.formatted(LAYERS);
        assertThat(failure(json)).hasMessageContaining("test.tmj").hasMessageContaining("width");
    }

    @Test
    void aTileLayerWithTheWrongNumberOfTilesFailsNamingTheLayerAndTheCounts() {
        String json = map(tiles("ground", "1,1,1,1,1") + "," + objects(SPAWN));
        assertThat(failure(json)).hasMessageContaining("test.tmj").hasMessageContaining("'ground'")
                .hasMessageContaining("5 tiles, expected 12");
    }

    @Test
    void aMapWithoutASpawnObjectFails() {
        String json = map(ground() + "," + objects(point(1, "here", "arrival", 1, 1, "")));
        assertThat(failure(json)).hasMessageContaining("test.tmj").hasMessageContaining("spawn");
    }

    @Test
    void aPortalWithoutTargetMapFailsNamingTheObjectAndProperty() {
        String portal = point(2, "door", "portal", 1, 1, property("target_arrival", "in"));
        String json = map(ground() + "," + objects(SPAWN, portal));
        assertThat(failure(json)).hasMessageContaining("test.tmj").hasMessageContaining("#2 'door'")
                .hasMessageContaining("target_map");
    }

    @Test
    void anArrivalWithoutANameFails() {
        String json = map(ground() + "," + objects(SPAWN, point(2, "", "arrival", 1, 1, "")));
        assertThat(failure(json)).hasMessageContaining("test.tmj").hasMessageContaining("#2")
                .hasMessageContaining("needs a name");
    }

    @Test
    void twoArrivalsWithTheSameNameFail() {
        String json = map(ground() + "," + objects(SPAWN,
                point(2, "gate", "arrival", 1, 1, ""), point(3, "gate", "arrival", 2, 1, "")));
        assertThat(failure(json)).hasMessageContaining("test.tmj").hasMessageContaining("two arrival points named 'gate'");
    }

    @Test
    void anObjectOutsideTheMapFails() {
        String json = map(ground() + "," + objects(SPAWN, point(2, "lost", "npc", 4, 1, property("npc", "rat"))));
        assertThat(failure(json)).hasMessageContaining("test.tmj").hasMessageContaining("'lost'")
                .hasMessageContaining("outside the map");
    }

    @Test
    void anObjectLeftOfTheMapFails() {
        String json = map(ground() + "," + objects(SPAWN, point(2, "lost", "npc", -1, 0, property("npc", "rat"))));
        assertThat(failure(json)).hasMessageContaining("outside the map");
    }

    @Test
    void unparseableJsonFails() {
        assertThat(failure("{\"width\": 4, \"layers\": [")).hasMessageContaining("test.tmj")
                .hasMessageContaining("not valid Tiled JSON");
    }

    @Test
    void aMissingMapFileFails() {
        assertThat(failure(Map.of())).hasMessageContaining("test.tmj").hasMessageContaining("not found");
    }

    @Test
    void aMissingExternalTilesetFailsNamingTheTileset() {
        String json = map(ground() + "," + objects(SPAWN))
                .replaceFirst("\\{\"firstgid\": 1, \"tiles\"", "{\"firstgid\": 1, \"source\": \"gone.tsj\", \"tiles\"");
        assertThat(json).contains("gone.tsj");
        assertThat(failure(json)).hasMessageContaining("gone.tsj").hasMessageContaining("not found");
    }

    @Test
    void unsupportedCompressionFailsNamingTheLayer() {
        String layer = """
                {"type": "tilelayer", "name": "ground", "encoding": "base64", "compression": "zstd", "data": "AAAA"}
                """;
        assertThat(failure(map(layer + "," + objects(SPAWN)))).hasMessageContaining("test.tmj")
                .hasMessageContaining("'ground'").hasMessageContaining("zstd");
    }
}
