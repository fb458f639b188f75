package dev.realmforge.engine.rpg.view;

import dev.realmforge.engine.rpg.view.GameUpdateEvent;
import dev.realmforge.engine.rpg.session.OnlinePlayer;
import dev.realmforge.engine.rpg.map.Position;
import dev.realmforge.engine.rpg.npc.Npc;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Every connected player's view of players and NPCs, and the updates that bring each up to date.
 * Tick thread only.
 *
 * <p>A viewer that has been told every difference up to last tick knows exactly what was visible
 * from where it stood last tick; no per-viewer memory is kept beyond that position. Each tick
 * every entity is snapshotted once (an entity nobody could tell apart from last tick keeps last
 * tick's snapshot object), and {@link ChunkDeltas} works out once per entity what changed and
 * which chunks that touched. A viewer still in last tick's chunk reads only the deltas of the
 * chunks it sees; a viewer that changed chunk or map, or has just arrived, compares the squares
 * it saw and sees. Sessions are told apart by identity, so a player who reconnects starts from
 * an empty view and gets every entity in full again.
 */
public final class Views {

    private final int chunkSize;
    private final int radius;
    private final long walkingWindowNanos;
    private Map<OnlinePlayer, EntitySnapshot> viewersLastTick = new IdentityHashMap<>();
    private Map<String, EntitySnapshot> lastTick = new HashMap<>();
    private AreaOfInterest lastArea;

    public Views(int chunkSize, int radius, long walkingWindowNanos) {
        this.chunkSize = chunkSize;
        this.radius = radius;
        this.walkingWindowNanos = walkingWindowNanos;
        this.lastArea = new AreaOfInterest(chunkSize, radius);
    }

    /** Computes every player's view of players and NPCs and delivers the non-empty differences. */
    public void update(Collection<OnlinePlayer> players, Collection<Npc> npcs, long nowNanos, Instant wallClock) {
        if (players.isEmpty()) {
            forgetAll(); // nobody to tell: no snapshots; whoever comes next is told everything in full
            return;
        }
        AreaOfInterest area = new AreaOfInterest(chunkSize, radius);
        Map<String, EntitySnapshot> thisTick = new HashMap<>(2 * (players.size() + npcs.size()));
        for (Npc npc : npcs) {
            area.add(remember(snapshot(npc), thisTick));
        }
        Map<OnlinePlayer, EntitySnapshot> viewers = new IdentityHashMap<>();
        for (OnlinePlayer player : players) {
            EntitySnapshot self = remember(snapshot(player, nowNanos), thisTick);
            viewers.put(player, self);
            area.add(self);
        }
        ChunkDeltas deltas = ChunkDeltas.between(lastTick, thisTick, chunkSize);
        for (Map.Entry<OnlinePlayer, EntitySnapshot> viewer : viewers.entrySet()) {
            EntitySnapshot self = viewer.getValue();
            EntitySnapshot was = viewersLastTick.get(viewer.getKey());
            ViewUpdate update = was == null || !deltas.sameChunk(was, self)
                    ? compareSquares(was, self, area)
                    : fromDeltas(self, deltas);
            if (!update.isEmpty()) {
                viewer.getKey().link().deliver(new GameUpdateEvent(self.mapId(), update.changed, update.removed, wallClock));
            }
        }
        lastTick = thisTick;
        lastArea = area;
        viewersLastTick = viewers;
    }

    private void forgetAll() {
        if (!lastTick.isEmpty() || !viewersLastTick.isEmpty()) {
            lastTick = new HashMap<>();
            viewersLastTick = new IdentityHashMap<>();
            lastArea = new AreaOfInterest(chunkSize, radius);
        }
    }

    /** The changes and removals for one viewer this tick. */
    private static final class ViewUpdate {
        final List<EntityChange> changed = new ArrayList<>();
        final List<EntitySnapshot> removed = new ArrayList<>();

        boolean isEmpty() {
            return changed.isEmpty() && removed.isEmpty();
        }
    }

    /** The viewer stayed in its chunk: only the deltas of the chunks it sees matter. */
    private ViewUpdate fromDeltas(EntitySnapshot self, ChunkDeltas deltas) {
        ViewUpdate update = new ViewUpdate();
        if (deltas.isEmpty()) {
            return update;
        }
        int cx = deltas.chunkX(self);
        int cy = deltas.chunkY(self);
        for (int qy = cy - radius; qy <= cy + radius; qy++) {
            for (int qx = cx - radius; qx <= cx + radius; qx++) {
                for (ChunkDeltas.Delta delta : deltas.in(self.mapId(), qx, qy)) {
                    EntitySnapshot entity = delta.after() != null ? delta.after() : delta.before();
                    if (!entity.key().equals(self.key())) {
                        apply(delta, self, qx, qy, deltas, update);
                    }
                }
            }
        }
        return update;
    }

    private void apply(ChunkDeltas.Delta delta, EntitySnapshot self, int qx, int qy, ChunkDeltas deltas,
                       ViewUpdate update) {
        switch (delta.kind()) {
            case CHANGED -> update.changed.add(delta.partial());
            case APPEARED -> update.changed.add(delta.full());
            case GONE -> update.removed.add(delta.before());
            case MOVED -> {
                EntitySnapshot after = delta.after();
                boolean listedWhereItIsNow = after.mapId().equals(self.mapId())
                        && deltas.chunkX(after) == qx && deltas.chunkY(after) == qy;
                if (listedWhereItIsNow) {
                    if (!sees(self, delta.before(), deltas)) {
                        update.changed.add(delta.full());
                    } else if (delta.partial() != null) {
                        update.changed.add(delta.partial());
                    }
                } else if (!sees(self, after, deltas)) {
                    update.removed.add(delta.before()); // listed where it was: it left the view
                }
            }
        }
    }

    /** The viewer arrived, or changed chunk or map: compare what it saw with what it sees. */
    private ViewUpdate compareSquares(EntitySnapshot was, EntitySnapshot self, AreaOfInterest area) {
        Map<String, EntitySnapshot> before = was == null ? Map.of()
                : lastArea.visibleFrom(was.mapId(), was.x(), was.y(), self.key());
        ViewDiff diff = ViewDiff.between(before, area.visibleFrom(self.mapId(), self.x(), self.y(), self.key()));
        ViewUpdate update = new ViewUpdate();
        update.changed.addAll(diff.changed());
        update.removed.addAll(diff.removed());
        return update;
    }

    private boolean sees(EntitySnapshot viewer, EntitySnapshot entity, ChunkDeltas deltas) {
        return entity.mapId().equals(viewer.mapId())
                && Math.abs(deltas.chunkX(entity) - deltas.chunkX(viewer)) <= radius
                && Math.abs(deltas.chunkY(entity) - deltas.chunkY(viewer)) <= radius;
    }

    /** Last tick's snapshot of the entity when it looks the same, else the new one; recorded for next tick. */
    private EntitySnapshot remember(EntitySnapshot fresh, Map<String, EntitySnapshot> thisTick) {
        EntitySnapshot previous = lastTick.get(fresh.key());
        EntitySnapshot kept = previous != null && previous.looksLike(fresh) ? previous : fresh;
        thisTick.put(kept.key(), kept);
        return kept;
    }

    public static String keyOf(OnlinePlayer player) {
        return player.entityKey();
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
