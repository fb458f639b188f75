package dev.realmforge.engine.rpg.map;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One map, immutable once loaded. Tile ids are Tiled global ids of the topmost non-empty tile
 * (0 for none); a tile is blocked when any layer's tile there collides, or a collision layer has
 * a tile there.
 */
public final class TileMap {

    private final String id;
    private final int width;
    private final int height;
    private final int[] tiles;
    private final boolean[] blocked;
    private final TilePoint spawn;
    private final Map<String, TilePoint> arrivals;
    private final List<Portal> portals;
    private final List<NpcSpawn> npcSpawns;
    private final boolean pvp;

    public TileMap(String id, int width, int height, int[] tiles, boolean[] blocked, TilePoint spawn,
                   Map<String, TilePoint> arrivals, List<Portal> portals, List<NpcSpawn> npcSpawns) {
        this(id, width, height, tiles, blocked, spawn, arrivals, portals, npcSpawns, false);
    }

    /** {@code pvp}: players may attack each other on this map (the map property {@code pvp}). */
    public TileMap(String id, int width, int height, int[] tiles, boolean[] blocked, TilePoint spawn,
                   Map<String, TilePoint> arrivals, List<Portal> portals, List<NpcSpawn> npcSpawns, boolean pvp) {
        if (width <= 0 || height <= 0 || tiles.length != width * height || blocked.length != width * height) {
            throw new IllegalArgumentException("map " + id + ": grid does not match " + width + "x" + height);
        }
        this.id = Objects.requireNonNull(id);
        this.width = width;
        this.height = height;
        this.tiles = tiles.clone();
        this.blocked = blocked.clone();
        this.spawn = Objects.requireNonNull(spawn);
        this.arrivals = Map.copyOf(arrivals);
        this.portals = List.copyOf(portals);
        this.npcSpawns = List.copyOf(npcSpawns);
        this.pvp = pvp;
    }

    public boolean pvp() {
        return pvp;
    }

    public String id() {
        return id;
    }

    public int width() {
        return width;
    }

    public int height() {
        return height;
    }

    public boolean inBounds(int x, int y) {
        return x >= 0 && y >= 0 && x < width && y < height;
    }

    /** Out-of-bounds tiles count as blocked. */
    public boolean isBlocked(int x, int y) {
        return !inBounds(x, y) || blocked[y * width + x];
    }

    /** The tile id at a position; 0 outside the map. */
    public int tileAt(int x, int y) {
        return inBounds(x, y) ? tiles[y * width + x] : 0;
    }

    /** Where players of this map (re)spawn. */
    public TilePoint spawn() {
        return spawn;
    }

    public Optional<TilePoint> arrival(String name) {
        return Optional.ofNullable(arrivals.get(name));
    }

    public Optional<Portal> portalAt(int x, int y) {
        return portals.stream().filter(p -> p.at().x() == x && p.at().y() == y).findFirst();
    }

    public List<Portal> portals() {
        return portals;
    }

    public List<NpcSpawn> npcSpawns() {
        return npcSpawns;
    }

    /** Number of chunks across and down (the last ones may be partly outside the map). */
    public int chunksAcross(int chunkSize) {
        return Math.floorDiv(width + chunkSize - 1, chunkSize);
    }

    public int chunksDown(int chunkSize) {
        return Math.floorDiv(height + chunkSize - 1, chunkSize);
    }

    public boolean hasChunk(int chunkX, int chunkY, int chunkSize) {
        return chunkX >= 0 && chunkY >= 0 && chunkX < chunksAcross(chunkSize) && chunkY < chunksDown(chunkSize);
    }

    /** The chunk's tiles, padded beyond the map's edge. */
    public MapChunk chunk(int chunkX, int chunkY, int chunkSize) {
        int[][] ids = new int[chunkSize][chunkSize];
        boolean[][] collision = new boolean[chunkSize][chunkSize];
        for (int row = 0; row < chunkSize; row++) {
            for (int column = 0; column < chunkSize; column++) {
                int x = chunkX * chunkSize + column;
                int y = chunkY * chunkSize + row;
                ids[row][column] = tileAt(x, y);
                collision[row][column] = isBlocked(x, y);
            }
        }
        return new MapChunk(chunkX, chunkY, ids, collision);
    }
}
