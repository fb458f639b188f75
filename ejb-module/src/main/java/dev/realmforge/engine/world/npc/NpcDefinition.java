package dev.realmforge.engine.world.npc;

import java.util.Objects;

/** What every NPC of one kind shares, read from npcs.json. */
public record NpcDefinition(String type, String name, int level, int maxHp, int wanderRadius, int respawnSeconds) {

    public NpcDefinition {
        Objects.requireNonNull(type);
        Objects.requireNonNull(name);
        if (level < 1 || maxHp < 1 || wanderRadius < 0 || respawnSeconds < 0) {
            throw new IllegalArgumentException("NPC " + type + ": level and max_hp must be positive, "
                    + "wander_radius and respawn_seconds not negative");
        }
    }
}
