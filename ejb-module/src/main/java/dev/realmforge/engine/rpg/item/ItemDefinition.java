package dev.realmforge.engine.rpg.item;

import dev.realmforge.engine.rpg.skill.Skill;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One kind of item from the catalogue (items.json). {@code slot} is where it is worn, if anywhere;
 * {@code attackSpeedTicks} is a weapon's time between two attacks in combat ticks
 * (docs/gameplay.md); {@code heals} is the hit points food restores; {@code buryXp} the prayer
 * experience of burying it.
 */
public record ItemDefinition(int id, String key, String name, boolean stackable, Optional<EquipmentSlot> slot,
                             int attackSpeedTicks, ItemStats stats, Map<Skill, Integer> requirements,
                             int heals, int buryXp) {

    public ItemDefinition {
        Objects.requireNonNull(key);
        Objects.requireNonNull(name);
        Objects.requireNonNull(slot);
        Objects.requireNonNull(stats);
        requirements = Map.copyOf(requirements);
        if (id < 1) {
            throw new IllegalArgumentException("item " + key + ": id must be positive");
        }
        if (heals < 0 || buryXp < 0 || attackSpeedTicks < 0) {
            throw new IllegalArgumentException("item " + key + ": heals, bury_xp and attack_speed_ticks cannot be negative");
        }
        if (slot.filter(s -> s == EquipmentSlot.WEAPON).isPresent() != (attackSpeedTicks > 0)) {
            throw new IllegalArgumentException("item " + key + ": weapons, and only weapons, have attack_speed_ticks");
        }
        requirements.forEach((skill, level) -> {
            if (level < 1 || level > 99) {
                throw new IllegalArgumentException("item " + key + ": requirement " + skill.key() + " must be 1-99");
            }
        });
    }

    public boolean wearable() {
        return slot.isPresent();
    }

    /** The name clients use for the item's picture. */
    public String spriteId() {
        return key;
    }
}
