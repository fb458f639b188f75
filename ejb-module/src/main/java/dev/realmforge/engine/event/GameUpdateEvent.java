package dev.realmforge.engine.event;

import dev.realmforge.engine.world.view.EntityChange;
import dev.realmforge.engine.world.view.EntitySnapshot;
import java.util.List;

/** What changed in a player's view this tick; never sent empty. */
public record GameUpdateEvent(String mapId, List<EntityChange> changed, List<EntitySnapshot> removed)
        implements GameEvent {

    public GameUpdateEvent {
        changed = List.copyOf(changed);
        removed = List.copyOf(removed);
    }
}
