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

    /** True when {@code other} is on the same map within {@code radius} chunks in both directions. */
    public boolean withinChunks(Position other, int chunkSize, int radius) {
        return mapId.equals(other.mapId)
                && Math.abs(chunkX(chunkSize) - other.chunkX(chunkSize)) <= radius
                && Math.abs(chunkY(chunkSize) - other.chunkY(chunkSize)) <= radius;
    }
}
