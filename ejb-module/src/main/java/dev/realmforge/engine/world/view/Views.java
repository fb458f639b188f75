package dev.realmforge.engine.world.view;

import dev.realmforge.engine.event.GameUpdateEvent;
import dev.realmforge.engine.session.OnlinePlayer;
import dev.realmforge.engine.session.Position;
import dev.realmforge.engine.world.npc.Npc;
import java.time.Instant;
import java.util.Collection;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Set;

/**
 * What every connected player saw at the last tick, and the updates that bring each up to date.
 * Keyed by session (identity), so a player who reconnects starts from an empty view and gets every
 * entity in full again. Tick thread only.
 */
public final class Views {

    private final int chunkSize;
    private final int radius;
    private final long walkingWindowNanos;
    private final Map<OnlinePlayer, Map<String, EntitySnapshot>> seen = new IdentityHashMap<>();

    public Views(int chunkSize, int radius, long walkingWindowNanos) {
        this.chunkSize = chunkSize;
        this.radius = radius;
        this.walkingWindowNanos = walkingWindowNanos;
    }

    /** Computes every player's view of players and NPCs and delivers the non-empty differences. */
    public void update(Collection<OnlinePlayer> players, Collection<Npc> npcs, long nowNanos, Instant wallClock) {
        AreaOfInterest area = new AreaOfInterest(chunkSize, radius);
        for (Npc npc : npcs) {
            area.add(snapshot(npc));
        }
        Map<OnlinePlayer, EntitySnapshot> selves = new IdentityHashMap<>();
        for (OnlinePlayer player : players) {
            EntitySnapshot self = snapshot(player, nowNanos);
            selves.put(player, self);
            area.add(self);
        }
        for (OnlinePlayer viewer : players) {
            EntitySnapshot self = selves.get(viewer);
            Map<String, EntitySnapshot> now = area.visibleFrom(self.mapId(), self.x(), self.y(), self.key());
            ViewDiff diff = ViewDiff.between(seen.getOrDefault(viewer, Map.of()), now);
            if (!diff.isEmpty()) {
                viewer.link().deliver(new GameUpdateEvent(self.mapId(), diff.changed(), diff.removed(), wallClock));
            }
            seen.put(viewer, now);
        }
        Set<OnlinePlayer> online = selves.keySet();
        seen.keySet().retainAll(online);
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
