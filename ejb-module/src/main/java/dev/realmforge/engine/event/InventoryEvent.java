package dev.realmforge.engine.event;

import dev.realmforge.engine.item.SlotItem;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** Inventory slots that changed, with their new content; a null value is a slot now empty. */
public record InventoryEvent(Map<Integer, SlotItem> slots) implements GameEvent {

    public InventoryEvent {
        slots = Collections.unmodifiableMap(new LinkedHashMap<>(slots));
    }
}
