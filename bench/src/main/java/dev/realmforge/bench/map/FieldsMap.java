package dev.realmforge.bench.map;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The benchmark world "fields": a large open map (320 x 320 tiles by default) so that a spread
 * swarm of a thousand bots has the density of a real game rather than of a 64 x 64 sample. Grass
 * inside a wall, a road every 64 tiles both ways, lakes, scattered trees and wandering NPCs. The
 * same seed always gives the same map.
 */
public final class FieldsMap {

    static final int GRASS = 1;
    static final int PATH = 2;
    static final int WATER = 3;
    static final int WALL = 4;
    static final int TREE = 6;

    private static final int ROAD_EVERY = 64;

    private final int size;
    private final int[] tiles;
    private final List<NpcSpawn> npcs = new ArrayList<>();

    /** An NPC spawn object: the type from npcs.json and its tile. */
    public record NpcSpawn(String type, int x, int y) {
    }

    private FieldsMap(int size) {
        this.size = size;
        this.tiles = new int[size * size];
    }

    /** Draws the map; {@code npcCount} NPCs of the passive bundled types stand on open tiles. */
    public static FieldsMap generate(int size, int npcCount, long seed) {
        if (size < ROAD_EVERY || size % 16 != 0) {
            throw new IllegalArgumentException("size must be a multiple of 16 and at least " + ROAD_EVERY);
        }
        FieldsMap map = new FieldsMap(size);
        SplittableRandom random = new SplittableRandom(seed);
        map.fill(GRASS);
        map.lakes(random, size * size / 8_000);
        map.trees(random, 0.02);
        map.roads();
        map.border();
        map.spawnNpcs(random, npcCount);
        return map;
    }

    public int size() {
        return size;
    }

    public int tile(int x, int y) {
        return tiles[y * size + x];
    }

    public int[] tiles() {
        return tiles.clone();
    }

    public List<NpcSpawn> npcs() {
        return List.copyOf(npcs);
    }

    /** The spawn point: the road crossing nearest the centre, always open. */
    public int spawn() {
        return (size / 2 / ROAD_EVERY) * ROAD_EVERY + ROAD_EVERY / 2;
    }

    public boolean isOpen(int x, int y) {
        int tile = tile(x, y);
        return tile != WATER && tile != WALL && tile != TREE;
    }

    private void fill(int tile) {
        java.util.Arrays.fill(tiles, tile);
    }

    private void lakes(SplittableRandom random, int count) {
        for (int i = 0; i < count; i++) {
            int cx = random.nextInt(8, size - 8);
            int cy = random.nextInt(8, size - 8);
            int rx = random.nextInt(3, 10);
            int ry = random.nextInt(3, 10);
            for (int y = cy - ry; y <= cy + ry; y++) {
                for (int x = cx - rx; x <= cx + rx; x++) {
                    double dx = (x - cx) / (double) rx;
                    double dy = (y - cy) / (double) ry;
                    if (x > 0 && y > 0 && x < size - 1 && y < size - 1 && dx * dx + dy * dy <= 1) {
                        tiles[y * size + x] = WATER;
                    }
                }
            }
        }
    }

    private void trees(SplittableRandom random, double density) {
        for (int i = 0; i < tiles.length; i++) {
            if (tiles[i] == GRASS && random.nextDouble() < density) {
                tiles[i] = TREE;
            }
        }
    }

    /** Roads are drawn over lakes and trees (as causeways), so every part of the map is reachable. */
    private void roads() {
        for (int line = ROAD_EVERY / 2; line < size; line += ROAD_EVERY) {
            for (int i = 0; i < size; i++) {
                tiles[line * size + i] = PATH;
                tiles[i * size + line] = PATH;
            }
        }
    }

    private void border() {
        for (int i = 0; i < size; i++) {
            tiles[i] = WALL;
            tiles[(size - 1) * size + i] = WALL;
            tiles[i * size] = WALL;
            tiles[i * size + size - 1] = WALL;
        }
    }

    private void spawnNpcs(SplittableRandom random, int count) {
        String[] types = {"goblin", "chicken"};
        while (npcs.size() < count) {
            int x = random.nextInt(1, size - 1);
            int y = random.nextInt(1, size - 1);
            if (tile(x, y) == GRASS) {
                npcs.add(new NpcSpawn(types[npcs.size() % types.length], x, y));
            }
        }
    }
}
