package dev.realmforge.engine.rpg.map.tiled;

import static dev.realmforge.engine.rpg.map.tiled.TiledText.SPAWN;
import static dev.realmforge.engine.rpg.map.tiled.TiledText.ground;
import static dev.realmforge.engine.rpg.map.tiled.TiledText.map;
import static dev.realmforge.engine.rpg.map.tiled.TiledText.objects;
import static dev.realmforge.engine.rpg.map.tiled.TiledText.read;
import static dev.realmforge.engine.rpg.map.tiled.TiledText.tiles;
import static org.assertj.core.api.Assertions.assertThat;

import dev.realmforge.engine.rpg.map.TileMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TiledLayersTest {

    private static TileMap withLayers(String... layers) {
        return read(map(String.join(",", layers) + "," + objects(SPAWN)));
    }

    @Test
    void aCollisionLayerBlocksItsTilesWithoutShowingThem() {
        TileMap map = withLayers(ground(), tiles("collision", "0,0,0,0, 0,7,0,0, 0,0,0,0"));
        assertThat(map.isBlocked(1, 1)).isTrue();
        assertThat(map.tileAt(1, 1)).isEqualTo(1);
        assertThat(map.isBlocked(2, 1)).isFalse();
    }

    @Test
    void theCollisionLayerNameIgnoresCaseAndVisibility() {
        String hidden = tiles("Collision", "0,0,0,0, 0,0,0,0, 0,0,0,5").replace("\"visible\": true", "\"visible\": false");
        TileMap map = withLayers(ground(), hidden);
        assertThat(map.isBlocked(3, 2)).isTrue();
        assertThat(map.tileAt(3, 2)).isEqualTo(1);
    }

    @Test
    void laterLayersOverrideShownTilesOnlyWhereNonZero() {
        TileMap map = withLayers(ground(), tiles("decor", "0,6,0,0, 0,0,0,0, 0,0,0,0"));
        assertThat(map.tileAt(1, 0)).isEqualTo(6);
        assertThat(map.tileAt(0, 0)).isEqualTo(1);
    }

    @Test
    void aCollidingTileBlocksEvenWhenALaterLayerCoversIt() {
        TileMap map = withLayers(tiles("ground", "1,1,1,1, 1,1,3,1, 1,1,1,1"), tiles("bridge", "0,0,0,0, 0,0,2,0, 0,0,0,0"));
        assertThat(map.tileAt(2, 1)).isEqualTo(2);
        assertThat(map.isBlocked(2, 1)).isTrue();
    }

    @Test
    void anInvisibleLayerIsNotShownButItsCollidingTilesStillBlock() {
        String hidden = tiles("hidden", "0,0,3,0, 0,0,0,0, 0,0,0,0").replace("\"visible\": true", "\"visible\": false");
        TileMap map = withLayers(ground(), hidden);
        assertThat(map.tileAt(2, 0)).isEqualTo(1);
        assertThat(map.isBlocked(2, 0)).isTrue();
    }

    @Test
    void anEmbeddedTilesetMarksItsCollidingTiles() {
        TileMap map = withLayers(tiles("ground", "1,2,3,4, 1,1,1,1, 1,1,1,1"));
        assertThat(map.isBlocked(2, 0)).isTrue();
        assertThat(map.isBlocked(1, 0)).isFalse();
        assertThat(map.isBlocked(3, 0)).isFalse();
    }

    @Test
    void externalTilesetsAreReadThroughFilesAndOffsetByTheirFirstGid() {
        String json = """
                {"orientation": "orthogonal", "width": 4, "height": 3, "tilewidth": 32, "tileheight": 32,
                 "tilesets": [{"firstgid": 1, "source": "plain.tsj"}, {"firstgid": 11, "source": "rocks.tsj"}],
                 "layers": [%s, %s]}
                """.formatted(tiles("ground", "1,1,1,1, 1,11,12,1, 1,1,1,1"), objects(SPAWN));
        String rocks = """
                {"type": "tileset", "tilecount": 2, "tiles": [
                  {"id": 1, "properties": [{"name": "collides", "type": "bool", "value": true}]}]}
                """;
        TileMap map = read(Map.of(TiledText.MAP_FILE, json, "plain.tsj", "{\"tilecount\": 10}", "rocks.tsj", rocks));
        assertThat(map.isBlocked(2, 1)).as("gid 12 = rocks local id 1").isTrue();
        assertThat(map.isBlocked(1, 1)).as("gid 11 = rocks local id 0").isFalse();
        assertThat(map.tileAt(2, 1)).isEqualTo(12);
    }

    @Test
    void groupLayersAreWalked() {
        String group = """
                {"type": "group", "name": "outer", "layers": [
                  {"type": "group", "name": "inner", "layers": [%s, %s]}]}
                """.formatted(tiles("decor", "0,0,0,9, 0,0,0,0, 0,0,0,0"), objects(SPAWN));
        TileMap map = read(map(ground() + "," + group));
        assertThat(map.tileAt(3, 0)).isEqualTo(9);
        assertThat(map.spawn().x()).isZero();
    }

    @Test
    void imageLayersAreIgnored() {
        TileMap map = withLayers(ground(), """
                {"type": "imagelayer", "name": "sky", "image": "sky.png"}""");
        assertThat(map.tileAt(0, 0)).isEqualTo(1);
    }
}
