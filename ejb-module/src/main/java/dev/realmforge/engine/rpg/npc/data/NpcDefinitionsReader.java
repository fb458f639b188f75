package dev.realmforge.engine.rpg.npc.data;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.realmforge.engine.rpg.npc.NpcDefinition;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads npcs.json: an object whose keys are NPC types and whose values give name, level, max_hp,
 * wander_radius and respawn_seconds, and optionally attack, strength, defense (default: the level),
 * attack_speed_ticks (default 4), aggressive (default false) and drops (item key, min, max, chance). A problem fails with a message naming the file and the type.
 */
public final class NpcDefinitionsReader {

    private static final ObjectMapper JSON = new ObjectMapper();

    record Entry(String name, Integer level, @JsonProperty("max_hp") Integer maxHp,
                 @JsonProperty("wander_radius") Integer wanderRadius,
                 @JsonProperty("respawn_seconds") Integer respawnSeconds,
                 Integer attack, Integer strength, Integer defense,
                 @JsonProperty("attack_speed_ticks") Integer attackSpeedTicks, Boolean aggressive,
                 List<DropEntry> drops) {
    }

    record DropEntry(String item, Integer min, Integer max, Double chance) {

        NpcDefinition.Drop toDrop() {
            int low = min == null ? 1 : min;
            return new NpcDefinition.Drop(item, low, max == null ? low : max, chance == null ? 1.0 : chance);
        }
    }

    public Map<String, NpcDefinition> read(String fileName, InputStream in) {
        if (in == null) {
            throw new IllegalStateException("NPC definitions " + fileName + ": file not found");
        }
        Map<String, Entry> entries;
        try (in) {
            entries = JSON.readValue(in, new TypeReference<LinkedHashMap<String, Entry>>() { });
        } catch (IOException e) {
            throw new IllegalStateException("NPC definitions " + fileName + ": not valid JSON: " + e.getMessage(), e);
        }
        Map<String, NpcDefinition> definitions = new LinkedHashMap<>();
        entries.forEach((type, e) -> {
            if (e == null || e.name() == null || e.level() == null || e.maxHp() == null || e.wanderRadius() == null
                    || e.respawnSeconds() == null) {
                throw new IllegalStateException("NPC definitions " + fileName + ": '" + type
                        + "' needs name, level, max_hp, wander_radius and respawn_seconds");
            }
            try {
                int level = e.level();
                List<NpcDefinition.Drop> drops = new ArrayList<>();
                for (DropEntry drop : e.drops() == null ? List.<DropEntry>of() : e.drops()) {
                    if (drop == null || drop.item() == null) {
                        throw new IllegalArgumentException("NPC " + type + ": every drop needs an item");
                    }
                    drops.add(drop.toDrop());
                }
                definitions.put(type, new NpcDefinition(type, e.name(), level, e.maxHp(), e.wanderRadius(),
                        e.respawnSeconds(), orElse(e.attack(), level), orElse(e.strength(), level),
                        orElse(e.defense(), level), orElse(e.attackSpeedTicks(), 4),
                        Boolean.TRUE.equals(e.aggressive()), drops));
            } catch (IllegalArgumentException invalid) {
                throw new IllegalStateException("NPC definitions " + fileName + ": " + invalid.getMessage(), invalid);
            }
        });
        return definitions;
    }

    private static int orElse(Integer value, int fallback) {
        return value == null ? fallback : value;
    }
}
