package dev.realmforge.engine.rpg.npc;

import dev.realmforge.engine.rpg.map.Direction;
import dev.realmforge.engine.rpg.map.Maps;
import dev.realmforge.engine.rpg.map.TileMap;
import java.util.random.RandomGenerator;

/**
 * Wandering at a natural pace: every few seconds (a random pause between {@code minPause} and
 * {@code maxPause}) an NPC tries one step in a random direction. The step is taken only if it stays
 * on the map, on an open tile, and within the NPC's wander radius of its home (a square).
 */
public final class NpcWander {

    private final Maps maps;
    private final RandomGenerator random;
    private final long minPauseNanos;
    private final long maxPauseNanos;

    public NpcWander(Maps maps, RandomGenerator random, long minPauseNanos, long maxPauseNanos) {
        this.maps = maps;
        this.random = random;
        this.minPauseNanos = minPauseNanos;
        this.maxPauseNanos = Math.max(minPauseNanos, maxPauseNanos);
    }

    /** The time of the first wander for a newly spawned NPC. */
    public long firstWander(long nowNanos) {
        return nowNanos + pause();
    }

    /** Lets the NPC wander if its pause is over; returns true when it moved. */
    public boolean advance(Npc npc, long nowNanos) {
        if (nowNanos < npc.nextWanderNanos()) {
            return false;
        }
        npc.scheduleWander(nowNanos + pause());
        Direction direction = Direction.values()[random.nextInt(Direction.values().length)];
        int x = npc.x() + direction.dx();
        int y = npc.y() + direction.dy();
        TileMap map = maps.find(npc.mapId()).orElseThrow();
        int radius = npc.definition().wanderRadius();
        boolean nearHome = Math.abs(x - npc.home().x()) <= radius && Math.abs(y - npc.home().y()) <= radius;
        if (!nearHome || map.isBlocked(x, y)) {
            return false;
        }
        npc.moveTo(x, y);
        return true;
    }

    private long pause() {
        return minPauseNanos + (maxPauseNanos == minPauseNanos ? 0 : random.nextLong(maxPauseNanos - minPauseNanos));
    }
}
