package dev.realmforge.engine.rpg.map.tiled;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.realmforge.engine.rpg.map.MapLoadException;
import dev.realmforge.engine.rpg.map.NpcSpawn;
import dev.realmforge.engine.rpg.map.Portal;
import dev.realmforge.engine.rpg.map.TileMap;
import dev.realmforge.engine.rpg.map.TilePoint;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads one Tiled map. Conventions (docs/maps.md): tiles whose tileset property {@code collides}
 * is true block movement, as does any tile on a layer named {@code collision} (not shown to
 * clients); objects of kind {@code spawn}, {@code arrival}, {@code portal} (properties
 * {@code target_map}, {@code target_arrival}) and {@code npc} (property {@code npc}).
 * Every problem is reported as a {@link MapLoadException} naming the file.
 */
public final class TiledMapReader {

    /** Opens files next to the map, such as external tilesets. */
    @FunctionalInterface
    public interface Files {
        InputStream open(String name) throws IOException;
    }

    private static final ObjectMapper JSON = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();
    private static final String COLLISION_LAYER = "collision";

    public TileMap read(String mapId, String fileName, Files files) {
        TiledJson.Map map = parse(fileName, files, TiledJson.Map.class);
        if (map == null) {
            throw new MapLoadException(fileName, "is empty");
        }
        requireShape(fileName, map);
        int width = map.width();
        int height = map.height();
        Set<Integer> collidingGids = collidingGids(fileName, map, files);

        int[] shown = new int[width * height];
        boolean[] blocked = new boolean[width * height];
        List<TiledJson.MapObject> objects = new ArrayList<>();
        walkLayers(fileName, map.layers(), true, width, height, shown, blocked, collidingGids, objects);

        TilePoint spawn = null;
        Map<String, TilePoint> arrivals = new HashMap<>();
        List<Portal> portals = new ArrayList<>();
        List<NpcSpawn> npcs = new ArrayList<>();
        for (TiledJson.MapObject object : objects) {
            if (object == null) {
                continue;
            }
            String kind = object.kind() == null ? "" : object.kind().toLowerCase(Locale.ROOT);
            if (!Set.of("spawn", "arrival", "portal", "npc").contains(kind)) {
                continue; // decoration or notes for designers
            }
            TilePoint at = tileOf(fileName, map, object);
            switch (kind) {
                case "spawn" -> spawn = spawn == null ? at : spawn;
                case "arrival" -> {
                    String name = required(fileName, object, object.name(), "a name");
                    if (arrivals.put(name, at) != null) {
                        throw new MapLoadException(fileName, "two arrival points named '" + name + "'");
                    }
                }
                case "portal" -> portals.add(new Portal(at,
                        property(fileName, object, "target_map"), property(fileName, object, "target_arrival")));
                default -> npcs.add(new NpcSpawn(object.name() == null ? "npc_" + object.id() : object.name(),
                        property(fileName, object, "npc"), at));
            }
        }
        if (spawn == null) {
            throw new MapLoadException(fileName, "has no object of kind 'spawn'");
        }
        boolean pvp = nonNull(map.properties()).stream()
                .anyMatch(p -> "pvp".equals(p.name()) && p.value() != null && p.value().asBoolean(false));
        return new TileMap(mapId, width, height, shown, blocked, spawn, arrivals, portals, npcs, pvp);
    }

    private static void requireShape(String fileName, TiledJson.Map map) {
        if (map.orientation() != null && !"orthogonal".equals(map.orientation())) {
            throw new MapLoadException(fileName, "orientation must be orthogonal, is " + map.orientation());
        }
        if (Boolean.TRUE.equals(map.infinite())) {
            throw new MapLoadException(fileName, "infinite maps are not supported; give the map a fixed size");
        }
        if (map.width() == null || map.height() == null || map.width() <= 0 || map.height() <= 0) {
            throw new MapLoadException(fileName, "width and height must be positive");
        }
        if (map.tilewidth() == null || map.tileheight() == null || map.tilewidth() <= 0 || map.tileheight() <= 0) {
            throw new MapLoadException(fileName, "tilewidth and tileheight must be positive");
        }
        if (map.layers() == null || map.layers().isEmpty()) {
            throw new MapLoadException(fileName, "has no layers");
        }
    }

    private static Set<Integer> collidingGids(String fileName, TiledJson.Map map, Files files) {
        Set<Integer> gids = new HashSet<>();
        for (TiledJson.TilesetRef ref : nonNull(map.tilesets())) {
            if (ref.firstgid() == null || ref.firstgid() < 1) {
                throw new MapLoadException(fileName, "a tileset has no valid firstgid");
            }
            List<TiledJson.Tile> tiles = ref.source() == null ? ref.tiles() : externalTileset(fileName, ref.source(), files);
            for (TiledJson.Tile tile : nonNull(tiles)) {
                boolean collides = nonNull(tile.properties()).stream()
                        .anyMatch(p -> "collides".equals(p.name()) && p.value() != null && p.value().asBoolean(false));
                if (collides && tile.id() != null) {
                    gids.add(ref.firstgid() + tile.id());
                }
            }
        }
        return gids;
    }

    private static List<TiledJson.Tile> externalTileset(String fileName, String source, Files files) {
        try {
            TiledJson.Tileset tileset = parse(source, files, TiledJson.Tileset.class);
            return tileset == null ? List.of() : tileset.tiles();
        } catch (MapLoadException e) {
            throw new MapLoadException(fileName, "its tileset " + e.getMessage(), e);
        }
    }

    /** Tiled never writes null list entries; a hand-edited file might. They are skipped. */
    private static <T> List<T> nonNull(List<T> list) {
        return list == null ? List.of() : list.stream().filter(java.util.Objects::nonNull).toList();
    }

    /** Walks layers in drawing order; a hidden group hides everything in it (collision still counts). */
    private static void walkLayers(String fileName, List<TiledJson.Layer> layers, boolean parentVisible, int width,
                                   int height, int[] shown, boolean[] blocked, Set<Integer> colliding,
                                   List<TiledJson.MapObject> objects) {
        for (TiledJson.Layer layer : nonNull(layers)) {
            String type = String.valueOf(layer.type());
            boolean visible = parentVisible && !Boolean.FALSE.equals(layer.visible());
            switch (type) {
                case "tilelayer" -> applyTiles(fileName, layer, visible, width, height, shown, blocked, colliding);
                case "objectgroup" -> objects.addAll(nonNull(layer.objects()));
                case "group" -> walkLayers(fileName, layer.layers(), visible, width, height, shown, blocked, colliding, objects);
                default -> {
                    // image layers carry no game data
                }
            }
        }
    }

    private static void applyTiles(String fileName, TiledJson.Layer layer, boolean visible, int width, int height,
                                   int[] shown, boolean[] blocked, Set<Integer> colliding) {
        int[] gids;
        try {
            gids = LayerData.decode(layer.data(), layer.encoding(), layer.compression(), width * height);
        } catch (IOException | IllegalArgumentException e) {
            throw new MapLoadException(fileName, "layer '" + layer.name() + "' " + e.getMessage());
        }
        boolean collisionLayer = COLLISION_LAYER.equalsIgnoreCase(layer.name());
        for (int i = 0; i < gids.length; i++) {
            int gid = gids[i];
            if (gid == 0) {
                continue;
            }
            if (collisionLayer || colliding.contains(gid)) {
                blocked[i] = true;
            }
            if (visible && !collisionLayer) {
                shown[i] = gid;
            }
        }
    }

    /**
     * A point object's tile, or the tile under the centre of a rectangle or tile object. Tiled
     * anchors tile objects (those with a {@code gid}) at their bottom-left corner, rectangles at
     * their top-left.
     */
    private static TilePoint tileOf(String fileName, TiledJson.Map map, TiledJson.MapObject object) {
        double x = Optional.ofNullable(object.x()).orElse(0.0);
        double y = Optional.ofNullable(object.y()).orElse(0.0);
        if (!Boolean.TRUE.equals(object.point())) {
            double w = Optional.ofNullable(object.width()).orElse(0.0);
            double h = Optional.ofNullable(object.height()).orElse(0.0);
            x += w / 2;
            y += object.gid() != null ? -h / 2 : h / 2;
        }
        int tileX = (int) Math.floor(x / map.tilewidth());
        int tileY = (int) Math.floor(y / map.tileheight());
        if (tileX < 0 || tileY < 0 || tileX >= map.width() || tileY >= map.height()) {
            throw new MapLoadException(fileName, "object " + describe(object) + " lies outside the map");
        }
        return new TilePoint(tileX, tileY);
    }

    private static String property(String fileName, TiledJson.MapObject object, String name) {
        String value = nonNull(object.properties()).stream()
                .filter(p -> name.equals(p.name()) && p.value() != null)
                .map(p -> p.value().asText())
                .findFirst().orElse(null);
        return required(fileName, object, value, "the property '" + name + "'");
    }

    private static String required(String fileName, TiledJson.MapObject object, String value, String what) {
        if (value == null || value.isBlank()) {
            throw new MapLoadException(fileName, "object " + describe(object) + " needs " + what);
        }
        return value;
    }

    private static String describe(TiledJson.MapObject object) {
        return "#" + object.id() + (object.name() == null || object.name().isEmpty() ? "" : " '" + object.name() + "'")
                + " (" + object.kind() + ")";
    }

    private static <T> T parse(String fileName, Files files, Class<T> type) {
        try (InputStream in = files.open(fileName)) {
            if (in == null) {
                throw new MapLoadException(fileName, "file not found");
            }
            return JSON.readValue(in, type);
        } catch (java.nio.file.NoSuchFileException e) {
            throw new MapLoadException(fileName, "file not found", e);
        } catch (IOException e) {
            throw new MapLoadException(fileName, "is not valid Tiled JSON: " + e.getMessage(), e);
        }
    }
}
