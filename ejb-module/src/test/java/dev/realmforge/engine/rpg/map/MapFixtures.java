package dev.realmforge.engine.rpg.map;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

/** Hand-built maps: all tiles gid 1, open unless listed as blocked. */
final class MapFixtures {

    private MapFixtures() {
    }

    static TileMap open(String id, int width, int height) {
        return builder(id, width, height).build();
    }

    static Fixture builder(String id, int width, int height) {
        return new Fixture(id, width, height);
    }

    static final class Fixture {
        private final String id;
        private final int width;
        private final int height;
        private final int[] tiles;
        private final boolean[] blocked;
        private TilePoint spawn = new TilePoint(0, 0);
        private Map<String, TilePoint> arrivals = Map.of();
        private List<Portal> portals = List.of();

        private Fixture(String id, int width, int height) {
            this.id = id;
            this.width = width;
            this.height = height;
            this.tiles = new int[width * height];
            Arrays.fill(tiles, 1);
            this.blocked = new boolean[width * height];
        }

        Fixture tile(int x, int y, int gid) {
            tiles[y * width + x] = gid;
            return this;
        }

        Fixture blocked(int x, int y) {
            blocked[y * width + x] = true;
            return this;
        }

        Fixture spawn(int x, int y) {
            spawn = new TilePoint(x, y);
            return this;
        }

        Fixture arrival(String name, int x, int y) {
            arrivals = Map.of(name, new TilePoint(x, y));
            return this;
        }

        Fixture portal(int x, int y, String targetMap, String targetArrival) {
            portals = List.of(new Portal(new TilePoint(x, y), targetMap, targetArrival));
            return this;
        }

        TileMap build() {
            return new TileMap(id, width, height, tiles, blocked, spawn, arrivals, portals, List.of());
        }
    }
}
