package dev.realmforge.web.rpg;

import dev.realmforge.engine.error.GameRuleException;
import dev.realmforge.engine.rpg.error.RpgErrorCode;
import dev.realmforge.engine.rpg.inventory.ItemService;
import dev.realmforge.engine.rpg.item.EquipmentEvent;
import dev.realmforge.engine.rpg.item.EquipmentSlot;
import dev.realmforge.engine.rpg.item.GroundItem;
import dev.realmforge.engine.rpg.item.InventoryEvent;
import dev.realmforge.engine.rpg.item.ItemChange;
import dev.realmforge.engine.rpg.item.ItemDefinition;
import dev.realmforge.engine.rpg.item.ItemOutcomes;
import dev.realmforge.engine.rpg.item.ItemStats;
import dev.realmforge.engine.rpg.item.SlotItem;
import dev.realmforge.engine.rpg.map.Position;
import dev.realmforge.engine.rpg.session.OnlinePlayer;
import dev.realmforge.engine.rpg.skill.Skill;
import dev.realmforge.engine.rpg.skill.SkillsEvent;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The item service of {@link RpgFuzzStubs#dispatcher()}: a fixed inventory and catalogue; each
 * command computes its outcome and tells the player.
 */
final class RpgFuzzItems {

    private RpgFuzzItems() {
    }

    private static final ItemDefinition SWORD = item(4, "bronze_sword", "Bronze sword", false,
            EquipmentSlot.WEAPON, 4, new ItemStats(4, 5, 3, 0, 0, 0, 5, 0, 0), Map.of(), 0, 0);
    private static final ItemDefinition COINS = item(1, "coins", "Coins", true, null, 0, ItemStats.NONE, Map.of(), 0, 0);
    private static final ItemDefinition BREAD = item(2, "bread", "Bread", false, null, 0, ItemStats.NONE, Map.of(), 3, 0);
    private static final ItemDefinition BONES = item(3, "bones", "Bones", false, null, 0, ItemStats.NONE, Map.of(), 0, 5);
    private static final ItemDefinition HELM = item(5, "rune_helm", "Rune helm", false, EquipmentSlot.HEAD, 0,
            new ItemStats(0, 0, 0, 6, 7, 5, 0, 0, 0), Map.of(Skill.DEFENSE, 40), 0, 0);
    static final ItemDefinition LEATHER_BODY = item(6, "leather_body", "Leather body", false,
            EquipmentSlot.BODY, 0, new ItemStats(0, 0, 0, 8, 9, 10, 0, 0, 0), Map.of(), 0, 0);
    private static final int SLOTS = 28;
    private static final Map<Integer, SlotItem> INVENTORY = Map.of(
            0, SlotItem.of(SWORD, 1), 1, SlotItem.of(COINS, 100), 2, SlotItem.of(BREAD, 1),
            3, SlotItem.of(BONES, 1), 4, SlotItem.of(HELM, 1));
    private static final Map<Integer, ItemDefinition> CATALOGUE = Map.of(1, COINS, 2, BREAD, 3, BONES, 4, SWORD,
            5, HELM, 6, LEATHER_BODY);

    private static ItemDefinition item(int id, String key, String name, boolean stackable, EquipmentSlot slot,
                                       int speed, ItemStats stats, Map<Skill, Integer> requirements, int heals,
                                       int buryXp) {
        return new ItemDefinition(id, key, name, stackable, Optional.ofNullable(slot), speed, stats, requirements,
                heals, buryXp);
    }

    static final class Items extends ItemService {
        @Override
        public Map<Integer, SlotItem> inventory(OnlinePlayer player) {
            return new TreeMap<>(INVENTORY);
        }

        @Override
        public Map<EquipmentSlot, ItemDefinition> equipment(OnlinePlayer player) {
            return player.worn();
        }

        @Override
        public ItemOutcomes.Used use(OnlinePlayer player, int slot) {
            SlotItem held = require(slot);
            ItemDefinition item = CATALOGUE.get(held.itemId());
            if (item.heals() > 0) {
                return new ItemOutcomes.Used(ItemOutcomes.Use.CONSUMED, item.heals(), 0, null,
                        publish(player, emptied(slot), Map.of()));
            }
            if (item.buryXp() > 0) {
                player.link().deliver(new SkillsEvent(player.experience().views()));
                return new ItemOutcomes.Used(ItemOutcomes.Use.BURIED, 0,
                        item.buryXp(), null, publish(player, emptied(slot), Map.of()));
            }
            if (item.wearable()) {
                EquipmentSlot target = item.slot().orElseThrow();
                checkRequirements(player, item);
                return new ItemOutcomes.Used(ItemOutcomes.Use.EQUIPPED, 0, 0, target,
                        publish(player, emptied(slot), worn(target, item)));
            }
            throw new GameRuleException(RpgErrorCode.INVENTORY_ITEM_NOT_USABLE, item.name() + " has no use",
                    Map.of("slot", slot, "item_id", item.id()));
        }

        @Override
        public ItemOutcomes.Dropped drop(OnlinePlayer player, int slot, Integer quantity) {
            SlotItem held = require(slot);
            int taken = quantity == null ? held.quantity() : quantity;
            if (taken < 1 || taken > held.quantity()) {
                throw new GameRuleException(RpgErrorCode.INVENTORY_INVALID_SLOT, "Quantity must be 1-" + held.quantity(),
                        Map.of("slot", slot, "quantity", taken, "available", held.quantity()));
            }
            Map<Integer, SlotItem> left = new HashMap<>();
            left.put(slot, taken == held.quantity() ? null
                    : new SlotItem(held.itemId(), held.quantity() - taken, held.name(), held.stackable()));
            Position at = player.position();
            GroundItem ground = new GroundItem(1000 + slot, held.itemId(), held.name(), taken, at.mapId(), at.x(),
                    at.y(), player.playerId(), RpgFuzzStubs.NOW.plusSeconds(60), RpgFuzzStubs.NOW.plusSeconds(180));
            ItemChange change = new ItemChange(left, Map.of(), player.worn(), List.of(ground), List.of());
            return new ItemOutcomes.Dropped(ground, publish(player, change));
        }

        @Override
        public ItemOutcomes.Equipped equip(OnlinePlayer player, int inventorySlot, String equipmentSlot) {
            EquipmentSlot target = slot(equipmentSlot);
            SlotItem held = require(inventorySlot);
            ItemDefinition item = CATALOGUE.get(held.itemId());
            if (item.slot().isEmpty() || item.slot().get() != target) {
                throw new GameRuleException(RpgErrorCode.EQUIPMENT_WRONG_SLOT, item.name() + " cannot be worn there",
                        item.slot().<Map<String, Object>>map(s -> Map.of("equipment_slot", target.key(),
                                "item_slot", s.key())).orElse(Map.of("equipment_slot", target.key())));
            }
            checkRequirements(player, item);
            ItemDefinition old = player.worn().get(target);
            Map<Integer, SlotItem> inventory = emptied(inventorySlot);
            if (old != null) {
                inventory.put(firstFree(), SlotItem.of(old, 1));
            }
            return new ItemOutcomes.Equipped(item, old, publish(player, inventory, worn(target, item)));
        }

        @Override
        public ItemOutcomes.Unequipped unequip(OnlinePlayer player, String equipmentSlot) {
            EquipmentSlot target = slot(equipmentSlot);
            ItemDefinition worn = player.worn().get(target);
            if (worn == null) {
                throw new GameRuleException(RpgErrorCode.EQUIPMENT_SLOT_INVALID, "Nothing is worn in that slot",
                        Map.of("equipment_slot", target.key(), "reason", "slot_empty"));
            }
            int to = firstFree();
            return new ItemOutcomes.Unequipped(worn, to,
                    publish(player, new HashMap<>(Map.of(to, SlotItem.of(worn, 1))), worn(target, null)));
        }

        @Override
        public ItemOutcomes.PickedUp pickup(OnlinePlayer player, long groundItemId) {
            if (groundItemId == 43) {
                throw new GameRuleException(RpgErrorCode.INVENTORY_ITEM_OUT_OF_REACH, "Stand on the item or next to it",
                        Map.of("ground_item_id", new dev.realmforge.engine.rpg.item.GroundItemRef(groundItemId), "reach", 1));
            }
            if (groundItemId != 42) {
                throw new GameRuleException(RpgErrorCode.INVENTORY_ITEM_NOT_FOUND, "No such item on the ground",
                        Map.of("ground_item_id", new dev.realmforge.engine.rpg.item.GroundItemRef(groundItemId)));
            }
            SlotItem coins = INVENTORY.get(1);
            ItemChange change = new ItemChange(Map.of(1, new SlotItem(coins.itemId(), coins.quantity() + 25,
                    coins.name(), true)), Map.of(), player.worn(), List.of(), List.of(groundItemId));
            return new ItemOutcomes.PickedUp(SlotItem.of(COINS, 25), 1, publish(player, change));
        }

        private static SlotItem require(int slot) {
            if (slot < 0 || slot >= SLOTS) {
                throw new GameRuleException(RpgErrorCode.INVENTORY_INVALID_SLOT, "Slot must be 0-" + (SLOTS - 1),
                        Map.of("slot", slot));
            }
            SlotItem held = INVENTORY.get(slot);
            if (held == null) {
                throw new GameRuleException(RpgErrorCode.INVENTORY_SLOT_EMPTY, "No item in that slot",
                        Map.of("slot", slot));
            }
            return held;
        }

        private static EquipmentSlot slot(String name) {
            return EquipmentSlot.fromWire(name).orElseThrow(() -> new GameRuleException(
                    RpgErrorCode.EQUIPMENT_SLOT_INVALID, "Unknown equipment slot",
                    Map.of("equipment_slot", String.valueOf(name))));
        }

        private static void checkRequirements(OnlinePlayer player, ItemDefinition item) {
            item.requirements().forEach((skill, level) -> {
                int current = player.experience().level(skill);
                if (current < level) {
                    throw new GameRuleException(RpgErrorCode.EQUIPMENT_REQUIREMENTS_NOT_MET,
                            "Requires " + skill.key() + " level " + level,
                            Map.of("skill", skill.key(), "required_level", level, "current_level", current));
                }
            });
        }

        private static int firstFree() {
            for (int slot = 0; slot < SLOTS; slot++) {
                if (!INVENTORY.containsKey(slot)) {
                    return slot;
                }
            }
            throw new IllegalStateException("the stub inventory is full");
        }

        private static Map<Integer, SlotItem> emptied(int slot) {
            Map<Integer, SlotItem> change = new HashMap<>();
            change.put(slot, null);
            return change;
        }

        private static Map<EquipmentSlot, ItemDefinition> worn(EquipmentSlot slot, ItemDefinition item) {
            Map<EquipmentSlot, ItemDefinition> change = new EnumMap<>(EquipmentSlot.class);
            change.put(slot, item);
            return change;
        }

        private static ItemChange publish(OnlinePlayer player, Map<Integer, SlotItem> inventory,
                                          Map<EquipmentSlot, ItemDefinition> equipment) {
            Map<EquipmentSlot, ItemDefinition> wornAfter = new EnumMap<>(EquipmentSlot.class);
            wornAfter.putAll(player.worn());
            equipment.forEach((slot, item) -> {
                if (item == null) {
                    wornAfter.remove(slot);
                } else {
                    wornAfter.put(slot, item);
                }
            });
            return publish(player, new ItemChange(inventory, equipment, wornAfter, List.of(), List.of()));
        }

        /** What the real service does after a commit: tells the player which slots changed. */
        private static ItemChange publish(OnlinePlayer player, ItemChange change) {
            if (!change.equipment().isEmpty()) {
                player.link().deliver(new EquipmentEvent(change.equipment()));
            }
            if (!change.inventory().isEmpty()) {
                player.link().deliver(new InventoryEvent(change.inventory()));
            }
            return change;
        }
    }
}
