package dev.realmforge.web.rpg;

import dev.realmforge.engine.rpg.error.RpgErrorCode;
import dev.realmforge.engine.error.GameRuleException;
import dev.realmforge.engine.rpg.item.EquipmentSlot;
import dev.realmforge.engine.rpg.item.GroundItem;
import dev.realmforge.engine.rpg.item.GroundItemRef;
import dev.realmforge.engine.rpg.item.ItemOutcomes;
import dev.realmforge.engine.rpg.item.ItemDefinition;
import dev.realmforge.engine.rpg.item.ItemStats;
import dev.realmforge.engine.rpg.item.SlotItem;
import dev.realmforge.web.rpg.wire.Payloads;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

/** Items in the protocol's shapes: inventory slots, worn items, ground items and their ids. */
final class ItemWire {

    private static final String GROUND_PREFIX = "ground_item_";

    private ItemWire() {
    }

    static Payloads.SlotContent slot(SlotItem item, boolean withStackable) {
        return item == null ? null : new Payloads.SlotContent(item.itemId(), item.quantity(), item.name(),
                withStackable ? item.stackable() : null);
    }

    /** Changed slots in slot order, as strings, null for a slot now empty. */
    static Map<String, Payloads.SlotContent> slots(Map<Integer, SlotItem> changed, boolean withStackable) {
        Map<String, Payloads.SlotContent> out = new LinkedHashMap<>();
        new TreeMap<>(changed).forEach((slot, item) -> out.put(Integer.toString(slot), slot(item, withStackable)));
        return Collections.unmodifiableMap(out);
    }

    static Payloads.ItemRef ref(ItemDefinition item) {
        return item == null ? null : new Payloads.ItemRef(item.id(), item.name());
    }

    /** Every slot in protocol order; worn items with their non-zero bonuses. */
    static Map<String, Object> equipment(Map<EquipmentSlot, ItemDefinition> worn) {
        Map<String, Object> out = new LinkedHashMap<>();
        for (EquipmentSlot slot : EquipmentSlot.values()) {
            ItemDefinition item = worn.get(slot);
            out.put(slot.key(), item == null ? null : new Payloads.WornItem(item.id(), item.name(), stats(item.stats())));
        }
        return Collections.unmodifiableMap(out);
    }

    /** Changed equipment slots only, each {@code {item_id, name}} or null. */
    static Map<String, Object> equipmentChanges(Map<EquipmentSlot, ItemDefinition> changed) {
        Map<String, Object> out = new LinkedHashMap<>();
        changed.forEach((slot, item) -> out.put(slot.key(), ref(item)));
        return Collections.unmodifiableMap(out);
    }

    static Map<String, Integer> stats(ItemStats s) {
        Map<String, Integer> out = new LinkedHashMap<>();
        putNonZero(out, "attack_bonus_stab", s.attackStab());
        putNonZero(out, "attack_bonus_slash", s.attackSlash());
        putNonZero(out, "attack_bonus_crush", s.attackCrush());
        putNonZero(out, "defense_bonus_stab", s.defenseStab());
        putNonZero(out, "defense_bonus_slash", s.defenseSlash());
        putNonZero(out, "defense_bonus_crush", s.defenseCrush());
        putNonZero(out, "strength_bonus", s.strength());
        putNonZero(out, "ranged_attack", s.rangedAttack());
        putNonZero(out, "ranged_strength", s.rangedStrength());
        return Collections.unmodifiableMap(out);
    }

    private static void putNonZero(Map<String, Integer> out, String name, int value) {
        if (value != 0) {
            out.put(name, value);
        }
    }

    static Payloads.GroundItemEntry ground(GroundItem item, Instant at) {
        return new Payloads.GroundItemEntry(groundId(item.id()), item.itemId(), item.name(), item.quantity(), item.x(),
                item.y(), item.mapId(), item.ownerFor(at), EventTranslator.seconds(item.despawnAt()));
    }

    /** The protocol's result and effect words for a use of an item. */
    static Payloads.ItemUsed used(ItemOutcomes.Used used) {
        return switch (used.use()) {
            case CONSUMED -> new Payloads.ItemUsed("consumed", "restored_" + used.healed() + "_hp");
            case BURIED -> new Payloads.ItemUsed("activated", "buried_for_" + used.prayerXp() + "_prayer_xp");
            case EQUIPPED -> new Payloads.ItemUsed("equipped", "equipped_" + used.equipped().key());
        };
    }

    /** Error details as the protocol spells them: a ground item by its wire id. */
    static Map<String, Object> wireDetails(Map<String, Object> details) {
        if (details.values().stream().noneMatch(GroundItemRef.class::isInstance)) {
            return details;
        }
        Map<String, Object> out = new LinkedHashMap<>();
        details.forEach((key, value) -> out.put(key, value instanceof GroundItemRef ref ? groundId(ref.id()) : value));
        return out;
    }

    static String groundId(long id) {
        return GROUND_PREFIX + id;
    }

    /** The row id in "ground_item_123"; anything else is an item that does not exist. */
    static long parseGroundId(String wireId) {
        if (wireId != null && wireId.startsWith(GROUND_PREFIX)) {
            try {
                return Long.parseLong(wireId.substring(GROUND_PREFIX.length()));
            } catch (NumberFormatException notANumber) {
                // falls through to the error below
            }
        }
        throw new GameRuleException(RpgErrorCode.INVENTORY_ITEM_NOT_FOUND, "No such item on the ground",
                Map.of("ground_item_id", String.valueOf(wireId)));
    }
}
