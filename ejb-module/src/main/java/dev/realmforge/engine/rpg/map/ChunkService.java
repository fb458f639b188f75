package dev.realmforge.engine.rpg.map;

import dev.realmforge.engine.rpg.error.RpgErrorCode;
import dev.realmforge.engine.error.GameRuleException;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Chunks for clients to draw and to predict collisions. The square of chunks within
 * {@code radius} of the centre is returned row by row; chunks wholly outside the map are left out,
 * chunks on its edge are padded (see {@link TileMap#chunk}).
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED) // never touches the database
public class ChunkService {

    @Inject
    MapCatalog maps;

    @Inject
    @ConfigProperty(name = ChunkSize.KEY, defaultValue = ChunkSize.DEFAULT)
    int chunkSize;

    @Inject
    @ConfigProperty(name = "realmforge.world.max-chunk-radius", defaultValue = "5")
    int maxRadius;

    /** The largest radius {@link #around} accepts ({@code realmforge.world.max-chunk-radius}). */
    public int maxRadius() {
        return maxRadius;
    }

    public List<MapChunk> around(String mapId, Integer chunkX, Integer chunkY, Integer radius) {
        if (chunkX == null || chunkY == null) {
            throw new GameRuleException(RpgErrorCode.CHUNKS_INVALID_COORDINATES, "chunk_x and chunk_y are required",
                    Map.of("reason", "missing_coordinates"));
        }
        int r = radius == null ? 1 : radius;
        if (r < 0) {
            throw new GameRuleException(RpgErrorCode.CHUNKS_INVALID_COORDINATES, "Radius cannot be negative",
                    Map.of("reason", "negative_radius"));
        }
        if (r > maxRadius) {
            throw new GameRuleException(RpgErrorCode.CHUNKS_RADIUS_TOO_LARGE, "Radius exceeds " + maxRadius + " chunks",
                    Map.of("max_radius", maxRadius, "radius", r));
        }
        TileMap map = maps.find(mapId).orElseThrow(() -> new GameRuleException(RpgErrorCode.CHUNKS_MAP_NOT_FOUND,
                "Map does not exist", Map.of("map_id", String.valueOf(mapId))));
        if (!map.hasChunk(chunkX, chunkY, chunkSize)) {
            throw new GameRuleException(RpgErrorCode.CHUNKS_INVALID_COORDINATES, "Chunk is outside the map",
                    Map.of("reason", "outside_map", "chunks_across", map.chunksAcross(chunkSize),
                            "chunks_down", map.chunksDown(chunkSize)));
        }
        List<MapChunk> chunks = new ArrayList<>();
        for (int y = chunkY - r; y <= chunkY + r; y++) {
            for (int x = chunkX - r; x <= chunkX + r; x++) {
                if (map.hasChunk(x, y, chunkSize)) {
                    chunks.add(map.chunk(x, y, chunkSize));
                }
            }
        }
        return chunks;
    }
}
