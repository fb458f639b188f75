package dev.realmforge.engine.rpg.item;

import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What one committed item transaction changed for its player: inventory slots (null when emptied),
 * equipment slots (null when emptied), everything worn afterwards, and ground items placed or
 * removed.
 */
public record ItemChange(Map<Integer, SlotItem> inventory, Map<EquipmentSlot, ItemDefinition> equipment,
                         Map<EquipmentSlot, ItemDefinition> worn, List<GroundItem> groundAdded,
                         List<Long> groundRemoved) {

    public ItemChange {
        inventory = Collections.unmodifiableMap(new LinkedHashMap<>(inventory));
        equipment = Collections.unmodifiableMap(equipment.isEmpty() ? Map.of() : new EnumMap<>(equipment));
        worn = Collections.unmodifiableMap(worn.isEmpty() ? Map.of() : new EnumMap<>(worn));
        groundAdded = List.copyOf(groundAdded);
        groundRemoved = List.copyOf(groundRemoved);
    }
}
