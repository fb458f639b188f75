package dev.realmforge.engine.rpg.map.tiled;

import static dev.realmforge.engine.rpg.map.tiled.TiledText.SPAWN;
import static dev.realmforge.engine.rpg.map.tiled.TiledText.failure;
import static dev.realmforge.engine.rpg.map.tiled.TiledText.ground;
import static dev.realmforge.engine.rpg.map.tiled.TiledText.map;
import static dev.realmforge.engine.rpg.map.tiled.TiledText.objects;
import static dev.realmforge.engine.rpg.map.tiled.TiledText.read;
import static dev.realmforge.engine.rpg.map.tiled.TiledText.tiles;
import static org.assertj.core.api.Assertions.assertThat;

import dev.realmforge.engine.rpg.map.TileMap;
import dev.realmforge.engine.rpg.map.TilePoint;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Cases found in review: tile-object anchors, hidden groups, null content, missing tilesets. */
class TiledEdgeCasesTest {

    @Test
    void aTileObjectIsAnchoredAtItsBottomLeftCorner() {
        TileMap map = read(map(ground() + "," + objects("""
                {"id": 1, "name": "start", "type": "spawn", "gid": 5, "x": 64, "y": 96, "width": 32, "height": 32}""")));
        assertThat(map.spawn()).isEqualTo(new TilePoint(2, 2));
    }

    @Test
    void aHiddenGroupHidesItsLayersButTheirCollisionStillCounts() {
        TileMap map = read(map(ground() + ", {\"type\": \"group\", \"visible\": false, \"layers\": ["
                + tiles("roof", "0,0,0,9, 0,0,3,0, 0,0,0,0") + "]}," + objects(SPAWN)));
        assertThat(map.tileAt(3, 0)).isEqualTo(1);
        assertThat(map.isBlocked(2, 1)).isTrue();
    }

    @Test
    void aFileHoldingNullIsReportedAsEmpty() {
        assertThat(failure("null")).hasMessageContaining("test.tmj").hasMessageContaining("empty");
    }

    @Test
    void nullListEntriesAreSkipped() {
        TileMap map = read(map("null, " + ground() + ", " + objects("null", SPAWN)));
        assertThat(map.spawn()).isEqualTo(new TilePoint(0, 0));
    }

    @Test
    void aMissingExternalTilesetNamesTheMapAndTheTileset() {
        String json = """
                {"type": "map", "orientation": "orthogonal", "infinite": false,
                 "width": 4, "height": 3, "tilewidth": 32, "tileheight": 32,
                 "tilesets": [{"firstgid": 1, "source": "gone.tsj"}],
                 "layers": [%s, %s]}""".formatted(ground(), objects(SPAWN));
        assertThat(failure(Map.of("test.tmj", json))).hasMessageContaining("test.tmj").hasMessageContaining("gone.tsj");
    }
}
