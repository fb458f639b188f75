package dev.realmforge.bench.rpg;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;

/** Which tiles of one map are open, as query_chunks reports them, so bots never walk into walls. */
final class Grid {

    /** Tiles along a chunk's side (docs/protocol/rpg.md, query_chunks). */
    static final int CHUNK = 16;

    private final String mapId;
    private final int width;
    private final int height;
    private final boolean[] open;

    private Grid(String mapId, int width, int height, boolean[] open) {
        this.mapId = mapId;
        this.width = width;
        this.height = height;
        this.open = open;
    }

    /** Builds the grid from a query_chunks reply that covers the whole map. */
    static Grid fromChunks(String mapId, Iterable<JsonNode> chunks) {
        int chunksAcross = 0;
        int chunksDown = 0;
        for (JsonNode chunk : chunks) {
            chunksAcross = Math.max(chunksAcross, chunk.path("chunk_x").asInt() + 1);
            chunksDown = Math.max(chunksDown, chunk.path("chunk_y").asInt() + 1);
        }
        int width = chunksAcross * CHUNK;
        int height = chunksDown * CHUNK;
        boolean[] open = new boolean[width * height];
        for (JsonNode chunk : chunks) {
            int baseX = chunk.path("chunk_x").asInt() * CHUNK;
            int baseY = chunk.path("chunk_y").asInt() * CHUNK;
            JsonNode rows = chunk.path("collision");
            for (int dy = 0; dy < rows.size(); dy++) {
                for (int dx = 0; dx < rows.get(dy).size(); dx++) {
                    open[(baseY + dy) * width + baseX + dx] = !rows.get(dy).get(dx).asBoolean(true);
                }
            }
        }
        return new Grid(mapId, width, height, open);
    }

    String mapId() {
        return mapId;
    }

    boolean isOpen(int x, int y) {
        return x >= 0 && y >= 0 && x < width && y < height && open[y * width + x];
    }

    /** Open tiles inside the square [x0, x1) x [y0, y1), or the whole map when the bounds are null. */
    List<int[]> openTiles(int x0, int y0, int x1, int y1) {
        List<int[]> tiles = new ArrayList<>();
        for (int y = Math.max(0, y0); y < Math.min(height, y1); y++) {
            for (int x = Math.max(0, x0); x < Math.min(width, x1); x++) {
                if (open[y * width + x]) {
                    tiles.add(new int[] {x, y});
                }
            }
        }
        return tiles;
    }

    int[] randomOpenTile(RandomGenerator random, int x0, int y0, int x1, int y1) {
        List<int[]> tiles = openTiles(x0, y0, x1, y1);
        return tiles.get(random.nextInt(tiles.size()));
    }

    int width() {
        return width;
    }

    int height() {
        return height;
    }
}
