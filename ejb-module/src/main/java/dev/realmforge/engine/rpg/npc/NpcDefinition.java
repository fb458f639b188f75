package dev.realmforge.engine.rpg.npc;

import java.util.List;
import java.util.Objects;

/**
 * What every NPC of one kind shares, read from npcs.json: identity, hit points, wandering and
 * respawn, combat levels and speed, whether it attacks players on its own, and its drop table.
 */
public record NpcDefinition(String type, String name, int level, int maxHp, int wanderRadius, int respawnSeconds,
                            int attack, int strength, int defense, int attackSpeedTicks, boolean aggressive,
                            List<Drop> drops) {

    /** One line of a drop table: {@code chance} (0-1) of between {@code min} and {@code max} of an item. */
    public record Drop(String itemKey, int min, int max, double chance) {

        public Drop {
            Objects.requireNonNull(itemKey);
            if (min < 1 || max < min || chance <= 0 || chance > 1) {
                throw new IllegalArgumentException("drop " + itemKey + ": need 1 <= min <= max and 0 < chance <= 1");
            }
        }
    }

    public NpcDefinition {
        Objects.requireNonNull(type);
        Objects.requireNonNull(name);
        drops = List.copyOf(drops);
        if (level < 1 || maxHp < 1 || wanderRadius < 0 || respawnSeconds < 0) {
            throw new IllegalArgumentException("NPC " + type + ": level and max_hp must be positive, "
                    + "wander_radius and respawn_seconds not negative");
        }
        if (attack < 1 || strength < 1 || defense < 1 || attackSpeedTicks < 1) {
            throw new IllegalArgumentException("NPC " + type + ": attack, strength, defense and attack_speed_ticks "
                    + "must be at least 1");
        }
    }

    /** A passive NPC without drops whose combat levels all equal its level. */
    public NpcDefinition(String type, String name, int level, int maxHp, int wanderRadius, int respawnSeconds) {
        this(type, name, level, maxHp, wanderRadius, respawnSeconds, level, level, level, 4, false, List.of());
    }
}
