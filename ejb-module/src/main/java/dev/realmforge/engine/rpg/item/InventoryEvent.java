package dev.realmforge.engine.rpg.item;

import dev.realmforge.engine.rpg.event.RpgEvent;
import dev.realmforge.engine.rpg.item.SlotItem;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** Inventory slots that changed, with their new content; a null value is a slot now empty. */
public record InventoryEvent(Map<Integer, SlotItem> slots) implements RpgEvent {

    public InventoryEvent {
        slots = Collections.unmodifiableMap(new LinkedHashMap<>(slots));
    }
}
