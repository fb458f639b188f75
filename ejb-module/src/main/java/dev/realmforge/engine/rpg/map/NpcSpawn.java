package dev.realmforge.engine.rpg.map;

import java.util.Objects;

/** Where an NPC of kind {@code npcType} lives; {@code name} identifies the spawn within its map. */
public record NpcSpawn(String name, String npcType, TilePoint at) {

    public NpcSpawn {
        Objects.requireNonNull(name);
        Objects.requireNonNull(npcType);
        Objects.requireNonNull(at);
    }
}
