package dev.realmforge.engine.rpg.item;

import java.util.Locale;
import java.util.Optional;

/** The eleven equipment slots, in protocol order. The ordinal is the slot number in the database. */
public enum EquipmentSlot {
    HEAD, CAPE, NECK, WEAPON, BODY, SHIELD, LEGS, HANDS, FEET, RING, AMMO;

    private static final EquipmentSlot[] ALL = values();

    /** The lower-case name by which the data files and clients know the slot. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The slot with this lower-case name; empty for anything else (case-sensitive, like directions). */
    public static Optional<EquipmentSlot> fromWire(String name) {
        if (name == null) {
            return Optional.empty();
        }
        for (EquipmentSlot slot : ALL) {
            if (slot.key().equals(name)) {
                return Optional.of(slot);
            }
        }
        return Optional.empty();
    }

    public static EquipmentSlot ofOrdinal(int ordinal) {
        return ALL[ordinal];
    }
}
