package dev.realmforge.engine.rpg.item;

/** The results of item commands, each with the change it made. */
public final class ItemOutcomes {

    private ItemOutcomes() {
    }

    /** {@code result} is consumed, equipped or activated; {@code healed} hit points and prayer experience gained. */
    /** What using an item did: ate it (healed), buried it (prayer experience) or put it on (equipped). */
    public record Used(Use use, int healed, int prayerXp, EquipmentSlot equipped, ItemChange change) {
    }

    public enum Use {
        CONSUMED,
        BURIED,
        EQUIPPED
    }

    public record Dropped(GroundItem groundItem, ItemChange change) {
    }

    /** {@code unequipped} is null when the slot was empty. */
    public record Equipped(ItemDefinition equipped, ItemDefinition unequipped, ItemChange change) {
    }

    public record Unequipped(ItemDefinition item, int inventorySlot, ItemChange change) {
    }

    public record PickedUp(SlotItem item, int inventorySlot, ItemChange change) {
    }

    /** Per item id: what is held anywhere, and what the ledger says was created and destroyed. */
    public record AuditLine(int itemId, long held, long created, long destroyed) {

        public boolean balanced() {
            return held == created - destroyed;
        }
    }
}
