package dev.realmforge.engine.rpg.map;

import java.util.Objects;

/** Where a player stands: a map, a tile and the direction it faces. */
public record Position(String mapId, int x, int y, String facing) {

    public Position {
        Objects.requireNonNull(mapId);
        Objects.requireNonNull(facing);
    }

    public int chunkX(int chunkSize) {
        return Math.floorDiv(x, chunkSize);
    }

    public int chunkY(int chunkSize) {
        return Math.floorDiv(y, chunkSize);
    }
}
