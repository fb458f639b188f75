package dev.realmforge.engine.world.view;

import dev.realmforge.engine.event.GameUpdateEvent;
import dev.realmforge.engine.session.OnlinePlayer;
import dev.realmforge.engine.session.Position;
import dev.realmforge.engine.world.npc.Npc;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What every connected player saw at the last tick, and the updates that bring each up to date.
 * Keyed by session (identity), so a player who reconnects starts from an empty view and gets every
 * entity in full again. Tick thread only.
 *
 * <p>Each tick every entity is snapshotted once; an entity nobody could tell apart from last tick
 * keeps last tick's snapshot object, so a viewer recognises "unchanged" by identity and compares
 * fields only for entities that did change. Each viewer's memory is updated in place, stamped with
 * the tick, and entries left unstamped are the entities that went out of sight.
 */
public final class Views {

    private final int chunkSize;
    private final int radius;
    private final long walkingWindowNanos;
    private final Map<OnlinePlayer, Map<String, Seen>> seen = new IdentityHashMap<>();
    private Map<String, EntitySnapshot> lastTick = new HashMap<>();
    private long tick;

    /** One entity in one viewer's memory: what the viewer was last told, and when it was last in sight. */
    private static final class Seen {
        EntitySnapshot told;
        long stamp;

        Seen(EntitySnapshot told, long stamp) {
            this.told = told;
            this.stamp = stamp;
        }
    }

    public Views(int chunkSize, int radius, long walkingWindowNanos) {
        this.chunkSize = chunkSize;
        this.radius = radius;
        this.walkingWindowNanos = walkingWindowNanos;
    }

    /** Computes every player's view of players and NPCs and delivers the non-empty differences. */
    public void update(Collection<OnlinePlayer> players, Collection<Npc> npcs, long nowNanos, Instant wallClock) {
        tick++;
        AreaOfInterest area = new AreaOfInterest(chunkSize, radius);
        Map<String, EntitySnapshot> thisTick = new HashMap<>(2 * (players.size() + npcs.size()));
        for (Npc npc : npcs) {
            area.add(remember(snapshot(npc), thisTick));
        }
        Map<OnlinePlayer, EntitySnapshot> selves = new IdentityHashMap<>();
        for (OnlinePlayer player : players) {
            EntitySnapshot self = remember(snapshot(player, nowNanos), thisTick);
            selves.put(player, self);
            area.add(self);
        }
        lastTick = thisTick;
        for (Map.Entry<OnlinePlayer, EntitySnapshot> viewer : selves.entrySet()) {
            update(viewer.getKey(), viewer.getValue(), area, wallClock);
        }
        Set<OnlinePlayer> online = selves.keySet();
        seen.keySet().retainAll(online);
    }

    private void update(OnlinePlayer viewer, EntitySnapshot self, AreaOfInterest area, Instant wallClock) {
        Map<String, Seen> memory = seen.computeIfAbsent(viewer, v -> new HashMap<>());
        List<EntityChange> changed = new ArrayList<>();
        int stillInSight = 0;
        for (List<EntitySnapshot> chunk : area.chunksAround(self.mapId(), self.x(), self.y())) {
            for (EntitySnapshot entity : chunk) {
                if (entity == self) {
                    continue;
                }
                Seen before = memory.get(entity.key());
                if (before == null) {
                    memory.put(entity.key(), new Seen(entity, tick));
                    changed.add(new EntityChange(entity, true, Set.of()));
                    continue;
                }
                stillInSight++;
                before.stamp = tick;
                if (before.told != entity) {
                    Set<EntitySnapshot.Field> fields = entity.changedSince(before.told);
                    if (!fields.isEmpty()) {
                        changed.add(new EntityChange(entity, false, fields));
                    }
                    before.told = entity;
                }
            }
        }
        List<EntitySnapshot> removed = List.of();
        if (memory.size() > stillInSight + countFull(changed)) {
            removed = new ArrayList<>();
            for (Iterator<Seen> it = memory.values().iterator(); it.hasNext(); ) {
                Seen entry = it.next();
                if (entry.stamp != tick) {
                    removed.add(entry.told);
                    it.remove();
                }
            }
        }
        if (!changed.isEmpty() || !removed.isEmpty()) {
            viewer.link().deliver(new GameUpdateEvent(self.mapId(), changed, removed, wallClock));
        }
    }

    private static int countFull(List<EntityChange> changes) {
        int full = 0;
        for (EntityChange change : changes) {
            full += change.full() ? 1 : 0;
        }
        return full;
    }

    /** Last tick's snapshot of the entity when it looks the same, else the new one; recorded for next tick. */
    private EntitySnapshot remember(EntitySnapshot fresh, Map<String, EntitySnapshot> thisTick) {
        EntitySnapshot previous = lastTick.get(fresh.key());
        EntitySnapshot kept = previous != null && previous.looksLike(fresh) ? previous : fresh;
        thisTick.put(kept.key(), kept);
        return kept;
    }

    public static String keyOf(OnlinePlayer player) {
        return "player_" + player.playerId();
    }

    private static EntitySnapshot snapshot(Npc npc) {
        return new EntitySnapshot(npc.key(), EntitySnapshot.Kind.NPC, npc.id(), npc.definition().name(), npc.mapId(),
                npc.x(), npc.y(), null, null, npc.currentHp(), npc.definition().maxHp(),
                npc.inCombat() ? "in_combat" : "idle", Map.of());
    }

    private EntitySnapshot snapshot(OnlinePlayer player, long nowNanos) {
        Position at = player.position();
        String animation = player.movedWithin(nowNanos, walkingWindowNanos) ? "walking" : "idle";
        return new EntitySnapshot(keyOf(player), EntitySnapshot.Kind.PLAYER, player.playerId(), player.username(),
                at.mapId(), at.x(), at.y(), at.facing(), animation, player.currentHp(), player.maxHp(), null, player.worn());
    }
}
