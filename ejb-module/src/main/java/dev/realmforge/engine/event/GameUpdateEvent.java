package dev.realmforge.engine.event;

import dev.realmforge.engine.world.view.EntityChange;
import dev.realmforge.engine.world.view.EntitySnapshot;
import java.time.Instant;
import java.util.List;

/** What changed in a player's view this tick, and the tick's wall-clock time; never sent empty. */
public record GameUpdateEvent(String mapId, List<EntityChange> changed, List<EntitySnapshot> removed, Instant at)
        implements GameEvent {

    public GameUpdateEvent {
        changed = List.copyOf(changed);
        removed = List.copyOf(removed);
    }
}
