package dev.realmforge.engine.rpg.view;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Entities indexed by map and chunk for one tick, so each viewer looks only at the
 * (2r+1)x(2r+1) chunks around its own. Build it once per tick, then ask for every viewer.
 */
public final class AreaOfInterest {

    private final int chunkSize;
    private final int radius;
    private final Map<String, Map<Long, List<EntitySnapshot>>> byMapAndChunk = new HashMap<>();

    public AreaOfInterest(int chunkSize, int radius) {
        this.chunkSize = chunkSize;
        this.radius = radius;
    }

    public void add(EntitySnapshot entity) {
        byMapAndChunk.computeIfAbsent(entity.mapId(), m -> new HashMap<>())
                .computeIfAbsent(chunkKey(Math.floorDiv(entity.x(), chunkSize), Math.floorDiv(entity.y(), chunkSize)),
                        k -> new ArrayList<>())
                .add(entity);
    }

    /** What a viewer at this tile sees, itself excluded ({@code selfKey}). */
    public Map<String, EntitySnapshot> visibleFrom(String mapId, int x, int y, String selfKey) {
        Map<String, EntitySnapshot> visible = new HashMap<>();
        Map<Long, List<EntitySnapshot>> chunks = byMapAndChunk.get(mapId);
        if (chunks == null) {
            return visible;
        }
        int cx = Math.floorDiv(x, chunkSize);
        int cy = Math.floorDiv(y, chunkSize);
        for (int dy = -radius; dy <= radius; dy++) {
            for (int dx = -radius; dx <= radius; dx++) {
                for (EntitySnapshot entity : chunks.getOrDefault(chunkKey(cx + dx, cy + dy), List.of())) {
                    if (!entity.key().equals(selfKey)) {
                        visible.put(entity.key(), entity);
                    }
                }
            }
        }
        return visible;
    }

    static long chunkKey(int chunkX, int chunkY) {
        return ((long) chunkX << 32) ^ (chunkY & 0xffffffffL);
    }
}
