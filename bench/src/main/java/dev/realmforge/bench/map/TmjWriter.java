package dev.realmforge.bench.map;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes a {@link FieldsMap} as a Tiled JSON map (.tmj) that uses the bundled {@code terrain.tsj}
 * tileset, so the server reads it like any map a designer saved from Tiled.
 */
public final class TmjWriter {

    private static final int TILE_PIXELS = 32;

    private TmjWriter() {
    }

    public static void write(FieldsMap map, Path file) throws IOException {
        Map<String, Object> tmj = new LinkedHashMap<>();
        tmj.put("type", "map");
        tmj.put("version", "1.10");
        tmj.put("orientation", "orthogonal");
        tmj.put("renderorder", "right-down");
        tmj.put("infinite", false);
        tmj.put("width", map.size());
        tmj.put("height", map.size());
        tmj.put("tilewidth", TILE_PIXELS);
        tmj.put("tileheight", TILE_PIXELS);
        tmj.put("tilesets", List.of(Map.of("firstgid", 1, "source", "terrain.tsj")));
        tmj.put("layers", List.of(groundLayer(map), objectLayer(map)));
        new ObjectMapper().writeValue(file.toFile(), tmj);
    }

    private static Map<String, Object> groundLayer(FieldsMap map) {
        Map<String, Object> layer = new LinkedHashMap<>();
        layer.put("id", 1);
        layer.put("name", "ground");
        layer.put("type", "tilelayer");
        layer.put("width", map.size());
        layer.put("height", map.size());
        layer.put("visible", true);
        layer.put("data", map.tiles());
        return layer;
    }

    private static Map<String, Object> objectLayer(FieldsMap map) {
        List<Map<String, Object>> objects = new ArrayList<>();
        objects.add(point(objects.size() + 1, "spawn", "spawn", map.spawn(), map.spawn(), List.of()));
        for (FieldsMap.NpcSpawn npc : map.npcs()) {
            objects.add(point(objects.size() + 1, npc.type() + "_" + (objects.size() + 1), "npc", npc.x(), npc.y(),
                    List.of(Map.of("name", "npc", "type", "string", "value", npc.type()))));
        }
        Map<String, Object> layer = new LinkedHashMap<>();
        layer.put("id", 2);
        layer.put("name", "objects");
        layer.put("type", "objectgroup");
        layer.put("visible", true);
        layer.put("objects", objects);
        return layer;
    }

    private static Map<String, Object> point(int id, String name, String kind, int x, int y, List<?> properties) {
        Map<String, Object> object = new LinkedHashMap<>();
        object.put("id", id);
        object.put("name", name);
        object.put("type", kind);
        object.put("x", x * TILE_PIXELS + TILE_PIXELS / 2);
        object.put("y", y * TILE_PIXELS + TILE_PIXELS / 2);
        object.put("point", true);
        object.put("properties", properties);
        return object;
    }
}
