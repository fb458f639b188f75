package dev.realmforge.engine.rpg.map;

/** A tile coordinate: x grows east, y grows south, (0, 0) is the north-west corner. */
public record TilePoint(int x, int y) {
}
