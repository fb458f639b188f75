package dev.realmforge.engine.rpg.item;

import dev.realmforge.engine.rpg.error.RpgErrorCode;
import dev.realmforge.engine.error.GameRuleException;
import dev.realmforge.persistence.rpg.item.ItemPlace;
import dev.realmforge.persistence.rpg.item.ItemStack;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.IntFunction;

/**
 * What one player holds: 28 inventory slots and 11 equipment slots over the player's item rows,
 * with the rules for moving items between them. Records which slots changed, which rows are new
 * (to persist) and which became empty (to remove). Not thread-safe: one transaction uses one
 * instance, under the lock on the player's row.
 */
public final class Holdings {

    public static final int INVENTORY_SLOTS = 28;

    private final long playerId;
    private final IntFunction<ItemDefinition> catalogue;
    private final ItemStack[] inventory = new ItemStack[INVENTORY_SLOTS];
    private final Map<EquipmentSlot, ItemStack> equipment = new EnumMap<>(EquipmentSlot.class);
    private final Set<Integer> changedInventory = new TreeSet<>();
    private final Set<EquipmentSlot> changedEquipment = EnumSet.noneOf(EquipmentSlot.class);
    private final List<ItemStack> created = new ArrayList<>();
    private final List<ItemStack> emptied = new ArrayList<>();

    /** {@code catalogue} returns the definition of an item id, or null for an unknown id. */
    public Holdings(long playerId, List<ItemStack> held, IntFunction<ItemDefinition> catalogue) {
        this.playerId = playerId;
        this.catalogue = catalogue;
        for (ItemStack stack : held) {
            if (stack.getPlace() == ItemPlace.INVENTORY) {
                inventory[stack.getSlot()] = stack;
            } else if (stack.getPlace() == ItemPlace.EQUIPMENT) {
                equipment.put(EquipmentSlot.ofOrdinal(stack.getSlot()), stack);
            }
        }
    }

    public ItemStack inventorySlot(int slot) {
        return inventory[slot];
    }

    public ItemStack equipped(EquipmentSlot slot) {
        return equipment.get(slot);
    }

    /** The stack in {@code slot}, checked: a valid slot number that holds a known item. */
    public ItemStack requireInventory(int slot) {
        if (slot < 0 || slot >= INVENTORY_SLOTS) {
            throw new GameRuleException(RpgErrorCode.INVENTORY_INVALID_SLOT, "Slot must be 0-" + (INVENTORY_SLOTS - 1),
                    Map.of("slot", slot));
        }
        ItemStack stack = inventory[slot];
        if (stack == null) {
            throw new GameRuleException(RpgErrorCode.INVENTORY_SLOT_EMPTY, "No item in that slot", Map.of("slot", slot));
        }
        definition(stack);
        return stack;
    }

    public ItemDefinition definition(ItemStack stack) {
        ItemDefinition item = catalogue.apply(stack.getItemId());
        if (item == null) {
            throw new GameRuleException(RpgErrorCode.INVENTORY_ITEM_NOT_FOUND, "Item does not exist",
                    Map.of("item_id", stack.getItemId()));
        }
        return item;
    }

    /** The inventory slot {@code item} would go to: its stack if stackable and present, else the first free slot; -1 if none. */
    public int slotFor(ItemDefinition item) {
        if (item.stackable()) {
            for (int i = 0; i < INVENTORY_SLOTS; i++) {
                if (inventory[i] != null && inventory[i].getItemId() == item.id()) {
                    return i;
                }
            }
        }
        for (int i = 0; i < INVENTORY_SLOTS; i++) {
            if (inventory[i] == null) {
                return i;
            }
        }
        return -1;
    }

    /** Creates {@code quantity} of {@code item} in the inventory (one slot per unstackable item); returns the slots. */
    public List<Integer> create(ItemDefinition item, int quantity) {
        if (quantity < 1) {
            throw new IllegalArgumentException("quantity must be positive: " + quantity);
        }
        int rows = item.stackable() ? 1 : quantity;
        int slotsNeeded = item.stackable() ? (holdsStackOf(item) ? 0 : 1) : quantity;
        if (freeSlots() < slotsNeeded) {
            throw full(RpgErrorCode.INVENTORY_FULL);
        }
        List<Integer> slots = new ArrayList<>();
        for (int i = 0; i < rows; i++) {
            ItemStack stack = ItemStack.held(item.id(), item.stackable() ? quantity : 1, playerId, ItemPlace.INVENTORY, 0);
            created.add(stack);
            slots.add(store(stack, item, RpgErrorCode.INVENTORY_FULL));
        }
        return slots;
    }

    /**
     * Puts an existing row (from the ground or from equipment) into the inventory: merged into the
     * item's stack when stackable (the row is then emptied), otherwise moved to the first free slot.
     * A merge past {@link StackLimit#MAX} is refused with INVENTORY_FULL, reason {@code stack_limit}.
     */
    public int store(ItemStack stack, ItemDefinition item, RpgErrorCode whenFull) {
        int slot = slotFor(item);
        if (slot < 0) {
            throw full(whenFull);
        }
        ItemStack there = inventory[slot];
        if (there != null && there != stack) {
            there.setQuantity(StackLimit.add(there.getQuantity(), stack.getQuantity(), Map.of("slot", slot)));
            emptied.add(stack);
            created.remove(stack);
        } else {
            stack.moveToHolder(playerId, ItemPlace.INVENTORY, slot);
            inventory[slot] = stack;
        }
        changedInventory.add(slot);
        return slot;
    }

    /**
     * Takes {@code quantity} out of an inventory slot and returns it as a row of its own that is not
     * in the inventory any more: the slot's row itself when all of it is taken, else a new row.
     */
    public ItemStack take(int slot, int quantity) {
        ItemStack stack = requireInventory(slot);
        if (quantity < 1 || quantity > stack.getQuantity()) {
            throw new GameRuleException(RpgErrorCode.INVENTORY_INVALID_SLOT, "Quantity must be 1-" + stack.getQuantity(),
                    Map.of("slot", slot, "quantity", quantity, "available", stack.getQuantity()));
        }
        changedInventory.add(slot);
        if (quantity == stack.getQuantity()) {
            inventory[slot] = null;
            return stack;
        }
        stack.setQuantity(stack.getQuantity() - quantity);
        ItemStack part = ItemStack.held(stack.getItemId(), quantity, playerId, ItemPlace.INVENTORY, slot);
        created.add(part);
        return part;
    }

    /** Uses up {@code quantity} of the slot's item for good (eaten, buried). */
    public void consume(int slot, int quantity) {
        ItemStack gone = take(slot, quantity);
        emptied.add(gone);
        created.remove(gone);
    }

    /**
     * Wears the item of {@code inventorySlot} in {@code target}. Whatever was worn there goes to
     * the inventory (merged if it is the same stackable item, else the first free slot); returns
     * it, or null when the slot was empty.
     */
    public ItemStack equip(int inventorySlot, EquipmentSlot target) {
        ItemStack stack = requireInventory(inventorySlot);
        ItemDefinition item = definition(stack);
        if (item.slot().isEmpty() || item.slot().get() != target) {
            throw new GameRuleException(RpgErrorCode.EQUIPMENT_WRONG_SLOT, item.name() + " cannot be worn there",
                    item.slot().<Map<String, Object>>map(s -> Map.of("equipment_slot", target.key(),
                            "item_slot", s.key())).orElse(Map.of("equipment_slot", target.key())));
        }
        ItemStack old = equipment.get(target);
        changedEquipment.add(target);
        if (old != null && item.stackable() && old.getItemId() == stack.getItemId()) {
            old.setQuantity(StackLimit.add(old.getQuantity(), stack.getQuantity(),
                    Map.of("equipment_slot", target.key())));
            consumeWhole(inventorySlot, stack);
            return null;
        }
        inventory[inventorySlot] = null;
        changedInventory.add(inventorySlot);
        stack.moveToHolder(playerId, ItemPlace.EQUIPMENT, target.ordinal());
        equipment.put(target, stack);
        if (old != null) {
            store(old, definition(old), RpgErrorCode.EQUIPMENT_INVENTORY_FULL);
        }
        return old;
    }

    /** Takes off what is worn in {@code slot} into the inventory; returns the row and the inventory slot. */
    public Unequipped unequip(EquipmentSlot slot) {
        ItemStack worn = equipment.get(slot);
        if (worn == null) {
            throw new GameRuleException(RpgErrorCode.EQUIPMENT_SLOT_INVALID, "Nothing is worn in that slot",
                    Map.of("equipment_slot", slot.key(), "reason", "slot_empty"));
        }
        int to = store(worn, definition(worn), RpgErrorCode.EQUIPMENT_INVENTORY_FULL);
        equipment.remove(slot);
        changedEquipment.add(slot);
        return new Unequipped(worn, to);
    }

    /** An item taken off and the inventory slot it went to. */
    public record Unequipped(ItemStack stack, int inventorySlot) {
    }

    private void consumeWhole(int slot, ItemStack stack) {
        inventory[slot] = null;
        changedInventory.add(slot);
        emptied.add(stack);
        created.remove(stack);
    }

    private boolean holdsStackOf(ItemDefinition item) {
        for (ItemStack stack : inventory) {
            if (stack != null && stack.getItemId() == item.id()) {
                return true;
            }
        }
        return false;
    }

    private int freeSlots() {
        int free = 0;
        for (ItemStack stack : inventory) {
            if (stack == null) {
                free++;
            }
        }
        return free;
    }

    private static GameRuleException full(RpgErrorCode code) {
        return new GameRuleException(code, "No free inventory slot", Map.of("slots", INVENTORY_SLOTS));
    }

    public Set<Integer> changedInventory() {
        return Collections.unmodifiableSet(changedInventory);
    }

    public Set<EquipmentSlot> changedEquipment() {
        return Collections.unmodifiableSet(changedEquipment);
    }

    /** Rows made by this instance that still hold items: persist these. */
    public List<ItemStack> created() {
        return List.copyOf(created);
    }

    /** Rows whose items were merged elsewhere or used up: remove these (rows never persisted are skipped). */
    public List<ItemStack> emptied() {
        return List.copyOf(emptied);
    }

    /** The worn items, for the hot copy on the online player. */
    public Map<EquipmentSlot, ItemStack> equipment() {
        return Collections.unmodifiableMap(equipment);
    }

    /** The occupied inventory slots in slot order; items missing from the catalogue are left out. */
    public Map<Integer, SlotItem> inventoryView() {
        Map<Integer, SlotItem> view = new TreeMap<>();
        for (int slot = 0; slot < INVENTORY_SLOTS; slot++) {
            ItemStack stack = inventory[slot];
            ItemDefinition item = stack == null ? null : catalogue.apply(stack.getItemId());
            if (item != null) {
                view.put(slot, SlotItem.of(item, stack.getQuantity()));
            }
        }
        return view;
    }

    /** What is worn, by slot; items missing from the catalogue are left out. */
    public Map<EquipmentSlot, ItemDefinition> wornView() {
        Map<EquipmentSlot, ItemDefinition> view = new EnumMap<>(EquipmentSlot.class);
        equipment.forEach((slot, stack) -> {
            ItemDefinition item = catalogue.apply(stack.getItemId());
            if (item != null) {
                view.put(slot, item);
            }
        });
        return view;
    }
}
