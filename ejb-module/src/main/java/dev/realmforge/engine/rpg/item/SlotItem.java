package dev.realmforge.engine.rpg.item;

/** What an inventory slot shows: an item and how many. */
public record SlotItem(int itemId, int quantity, String name, boolean stackable) {

    public static SlotItem of(ItemDefinition item, int quantity) {
        return new SlotItem(item.id(), quantity, item.name(), item.stackable());
    }
}
