package dev.realmforge.engine.rpg.item;

import dev.realmforge.engine.rpg.event.RpgEvent;
import dev.realmforge.engine.rpg.item.GroundItem;
import java.time.Instant;
import java.util.List;

/** Ground items that came into or left one player's sight; {@code at} decides which owners are still shown. */
public record GroundItemsEvent(List<GroundItem> added, List<Long> removed, Instant at) implements RpgEvent {

    public GroundItemsEvent {
        added = List.copyOf(added);
        removed = List.copyOf(removed);
    }
}
