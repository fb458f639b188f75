package dev.realmforge.engine.rpg.item;

import dev.realmforge.engine.rpg.event.RpgEvent;
import dev.realmforge.engine.rpg.item.EquipmentSlot;
import dev.realmforge.engine.rpg.item.ItemDefinition;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/** Equipment slots that changed, with what is worn there now; a null value is a slot now empty. */
public record EquipmentEvent(Map<EquipmentSlot, ItemDefinition> slots) implements RpgEvent {

    public EquipmentEvent {
        slots = Collections.unmodifiableMap(slots.isEmpty() ? Map.of() : new EnumMap<>(slots));
    }
}
