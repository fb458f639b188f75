package dev.realmforge.engine.rpg.map;

/**
 * A square of tiles, rows first ({@code tiles[row][column]}). Tiles beyond the map's edge are
 * padded: tile id 0 (nothing) and blocked.
 */
public record MapChunk(int chunkX, int chunkY, int[][] tiles, boolean[][] collision) {
}
