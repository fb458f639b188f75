package dev.realmforge.engine.rpg.view;

import dev.realmforge.engine.rpg.item.GroundItemsEvent;
import dev.realmforge.engine.rpg.item.GroundItem;
import dev.realmforge.engine.rpg.item.GroundIndex;
import dev.realmforge.engine.rpg.session.OnlinePlayer;
import dev.realmforge.engine.rpg.map.Position;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which ground items each connected player sees: those on its map within the view radius that it
 * may see now (its own, or public, and not yet despawned). Sends {@code GroundItemsEvent} with
 * what came into sight and what left it, only when something did. Tick thread only.
 */
public final class GroundItemViews {

    private final int chunkSize;
    private final int radius;
    private final Map<OnlinePlayer, Set<Long>> seen = new IdentityHashMap<>();

    public GroundItemViews(int chunkSize, int radius) {
        this.chunkSize = chunkSize;
        this.radius = radius;
    }

    public void update(Collection<OnlinePlayer> players, GroundIndex ground, Instant now) {
        Set<OnlinePlayer> online = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
        for (OnlinePlayer viewer : players) {
            online.add(viewer);
            Position at = viewer.position();
            Set<Long> before = seen.getOrDefault(viewer, Set.of());
            if (before.isEmpty() && ground.count() == 0) {
                continue; // nothing on the ground anywhere, nothing seen before: no work
            }
            Set<Long> visible = new HashSet<>();
            List<GroundItem> added = new ArrayList<>();
            int cx = at.chunkX(chunkSize);
            int cy = at.chunkY(chunkSize);
            for (int dx = -radius; dx <= radius; dx++) {
                for (int dy = -radius; dy <= radius; dy++) {
                    for (GroundItem item : ground.inChunk(at.mapId(), cx + dx, cy + dy)) {
                        if (item.visibleTo(viewer.playerId(), now)) {
                            visible.add(item.id());
                            if (!before.contains(item.id())) {
                                added.add(item);
                            }
                        }
                    }
                }
            }
            List<Long> removed = before.stream().filter(id -> !visible.contains(id)).sorted().toList();
            if (!added.isEmpty() || !removed.isEmpty()) {
                viewer.link().deliver(new GroundItemsEvent(added, removed, now));
            }
            seen.put(viewer, visible);
        }
        seen.keySet().retainAll(online);
    }
}
