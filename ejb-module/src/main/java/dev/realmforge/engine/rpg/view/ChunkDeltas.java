package dev.realmforge.engine.rpg.view;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What changed between two ticks, indexed by the chunks it touched. Each entity's change is worked
 * out once per tick, whatever the number of viewers: a viewer reads only the deltas of the chunks
 * it sees. An entity that moved to another chunk (or map) is listed under both chunks.
 */
final class ChunkDeltas {

    /** How an entity changed between the two ticks. */
    enum Kind {
        /** Still in the same chunk, something a viewer can see changed. */
        CHANGED,
        /** Now in another chunk or on another map. */
        MOVED,
        /** Not there last tick. */
        APPEARED,
        /** Gone since last tick. */
        GONE
    }

    /**
     * One entity's change. {@code before} is null for APPEARED, {@code after} for GONE;
     * {@code partial} is the shared partial update (CHANGED and MOVED), {@code full} the shared
     * first-sight update (APPEARED and MOVED).
     */
    record Delta(Kind kind, EntitySnapshot before, EntitySnapshot after, EntityChange partial, EntityChange full) {
    }

    private final int chunkSize;
    private final Map<String, Map<Long, List<Delta>>> byMapAndChunk = new HashMap<>();

    private ChunkDeltas(int chunkSize) {
        this.chunkSize = chunkSize;
    }

    /** Compares last tick's snapshots with this tick's, both keyed by entity key. */
    static ChunkDeltas between(Map<String, EntitySnapshot> lastTick, Map<String, EntitySnapshot> thisTick, int chunkSize) {
        ChunkDeltas deltas = new ChunkDeltas(chunkSize);
        for (EntitySnapshot after : thisTick.values()) {
            EntitySnapshot before = lastTick.get(after.key());
            if (before == null) {
                deltas.add(after, new Delta(Kind.APPEARED, null, after, null, full(after)));
            } else if (before != after) {
                Set<EntitySnapshot.Field> fields = after.changedSince(before);
                EntityChange partial = fields.isEmpty() ? null : new EntityChange(after, false, fields);
                if (deltas.sameChunk(before, after)) {
                    if (partial != null) {
                        deltas.add(after, new Delta(Kind.CHANGED, before, after, partial, null));
                    }
                } else {
                    Delta moved = new Delta(Kind.MOVED, before, after, partial, full(after));
                    deltas.add(before, moved);
                    deltas.add(after, moved);
                }
            }
        }
        for (EntitySnapshot before : lastTick.values()) {
            if (!thisTick.containsKey(before.key())) {
                deltas.add(before, new Delta(Kind.GONE, before, null, null, null));
            }
        }
        return deltas;
    }

    private static EntityChange full(EntitySnapshot entity) {
        return new EntityChange(entity, true, Set.of());
    }

    /** The deltas listed under one chunk of one map; empty when nothing there changed. */
    List<Delta> in(String mapId, int chunkX, int chunkY) {
        Map<Long, List<Delta>> chunks = byMapAndChunk.get(mapId);
        if (chunks == null) {
            return List.of();
        }
        return chunks.getOrDefault(AreaOfInterest.chunkKey(chunkX, chunkY), List.of());
    }

    boolean isEmpty() {
        return byMapAndChunk.isEmpty();
    }

    int chunkX(EntitySnapshot entity) {
        return Math.floorDiv(entity.x(), chunkSize);
    }

    int chunkY(EntitySnapshot entity) {
        return Math.floorDiv(entity.y(), chunkSize);
    }

    boolean sameChunk(EntitySnapshot a, EntitySnapshot b) {
        return a.mapId().equals(b.mapId()) && chunkX(a) == chunkX(b) && chunkY(a) == chunkY(b);
    }

    private void add(EntitySnapshot at, Delta delta) {
        byMapAndChunk.computeIfAbsent(at.mapId(), m -> new HashMap<>())
                .computeIfAbsent(AreaOfInterest.chunkKey(chunkX(at), chunkY(at)), k -> new ArrayList<>(4))
                .add(delta);
    }
}
