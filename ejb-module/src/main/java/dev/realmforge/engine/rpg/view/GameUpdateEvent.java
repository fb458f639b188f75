package dev.realmforge.engine.rpg.view;

import dev.realmforge.engine.rpg.event.RpgEvent;
import dev.realmforge.engine.rpg.view.EntityChange;
import dev.realmforge.engine.rpg.view.EntitySnapshot;
import java.time.Instant;
import java.util.List;

/** What changed in a player's view this tick, and the tick's wall-clock time; never sent empty. */
public record GameUpdateEvent(String mapId, List<EntityChange> changed, List<EntitySnapshot> removed, Instant at)
        implements RpgEvent {

    public GameUpdateEvent {
        changed = List.copyOf(changed);
        removed = List.copyOf(removed);
    }
}
