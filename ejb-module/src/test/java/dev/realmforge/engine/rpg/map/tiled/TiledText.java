package dev.realmforge.engine.rpg.map.tiled;

import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.realmforge.engine.rpg.map.MapLoadException;
import dev.realmforge.engine.rpg.map.TileMap;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * Small Tiled maps written inline: a 4x3 orthogonal map of 32px tiles whose embedded tileset makes
 * gid 3 (local id 2, "water") collide. Files missing from the map of texts open as null.
 */
final class TiledText {

    static final String MAP_FILE = "test.tmj";
    static final String SPAWN = point(1, "start", "spawn", 0, 0, "");

    private TiledText() {
    }

    static TiledMapReader.Files files(Map<String, String> texts) {
        return name -> texts.containsKey(name)
                ? new ByteArrayInputStream(texts.get(name).getBytes(StandardCharsets.UTF_8))
                : null;
    }

    static TileMap read(String mapJson) {
        return read(Map.of(MAP_FILE, mapJson));
    }

    static TileMap read(Map<String, String> texts) {
        return new TiledMapReader().read("test", MAP_FILE, files(texts));
    }

    static MapLoadException failure(String mapJson) {
        return failure(Map.of(MAP_FILE, mapJson));
    }

    static MapLoadException failure(Map<String, String> texts) {
        return catchThrowableOfType(() -> read(texts), MapLoadException.class);
    }

    /** The 4x3 map with the given layers (JSON objects, comma-separated). */
    static String map(String layers) {
        return """
                {"type": "map", "orientation": "orthogonal", "infinite": false,
                 "width": 4, "height": 3, "tilewidth": 32, "tileheight": 32,
                 "tilesets": [{"firstgid": 1, "tiles": [
                   {"id": 2, "properties": [{"name": "collides", "type": "bool", "value": true}]}]}],
                 "layers": [%s]}
                """.formatted(layers);
    }

    /** A tile layer with 12 gids as a JSON array, e.g. {@code "1,1,1,1, 1,3,1,1, 1,1,1,1"}. */
    static String tiles(String name, String gids) {
        return """
                {"type": "tilelayer", "name": "%s", "visible": true, "width": 4, "height": 3, "data": [%s]}
                """.formatted(name, gids);
    }

    static String objects(String... objects) {
        return """
                {"type": "objectgroup", "name": "objects", "visible": true, "objects": [%s]}
                """.formatted(String.join(",", objects));
    }

    /** A point object in the middle of a tile; {@code properties} is a JSON array's content. */
    static String point(int id, String name, String kind, int tileX, int tileY, String properties) {
        return """
                {"id": %d, "name": "%s", "type": "%s", "x": %d, "y": %d, "width": 0, "height": 0,
                 "point": true, "properties": [%s]}
                """.formatted(id, name, kind, tileX * 32 + 16, tileY * 32 + 16, properties);
    }

    static String property(String name, String value) {
        return """
                {"name": "%s", "type": "string", "value": "%s"}""".formatted(name, value);
    }

    static String ground() {
        return tiles("ground", "1,1,1,1, 1,1,1,1, 1,1,1,1");
    }
}
