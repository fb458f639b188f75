package dev.realmforge.engine.rpg.item;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Ground items by id and by chunk. Safe for concurrent use: item transactions write it, the tick
 * reads it. A plain object, so the tick's many look-ups each tick are plain method calls.
 */
public final class GroundIndex {

    private final int chunkSize;
    private final Map<Long, GroundItem> byId = new ConcurrentHashMap<>();
    private final Map<ChunkKey, Map<Long, GroundItem>> byChunk = new ConcurrentHashMap<>();

    private record ChunkKey(String mapId, int chunkX, int chunkY) {
    }

    public GroundIndex(int chunkSize) {
        this.chunkSize = chunkSize;
    }

    public void put(GroundItem item) {
        byId.put(item.id(), item);
        byChunk.computeIfAbsent(key(item.mapId(), item.x(), item.y()), k -> new ConcurrentHashMap<>())
                .put(item.id(), item);
    }

    public void remove(long id) {
        GroundItem item = byId.remove(id);
        if (item != null) {
            Map<Long, GroundItem> chunk = byChunk.get(key(item.mapId(), item.x(), item.y()));
            if (chunk != null) {
                chunk.remove(id);
            }
        }
    }

    public Optional<GroundItem> find(long id) {
        return Optional.ofNullable(byId.get(id));
    }

    /** Items whose tile lies in chunk ({@code chunkX}, {@code chunkY}) of {@code mapId}. */
    public Collection<GroundItem> inChunk(String mapId, int chunkX, int chunkY) {
        if (byId.isEmpty()) {
            return List.of();
        }
        Map<Long, GroundItem> chunk = byChunk.get(new ChunkKey(mapId, chunkX, chunkY));
        return chunk == null ? List.of() : chunk.values();
    }

    public Collection<GroundItem> all() {
        return byId.values();
    }

    public int count() {
        return byId.size();
    }

    /** Whether some item's time on the ground is up at {@code now}: only then has the sweep work to do. */
    public boolean anyExpired(Instant now) {
        for (GroundItem item : byId.values()) {
            if (!now.isBefore(item.despawnAt())) {
                return true;
            }
        }
        return false;
    }

    private ChunkKey key(String mapId, int x, int y) {
        return new ChunkKey(mapId, Math.floorDiv(x, chunkSize), Math.floorDiv(y, chunkSize));
    }
}
