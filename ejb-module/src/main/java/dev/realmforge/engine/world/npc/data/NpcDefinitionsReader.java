package dev.realmforge.engine.world.npc.data;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.realmforge.engine.world.npc.NpcDefinition;
import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Reads npcs.json: an object whose keys are NPC types and whose values give name, level, max_hp,
 * wander_radius and respawn_seconds. A problem fails with a message naming the file and the type.
 */
public final class NpcDefinitionsReader {

    private static final ObjectMapper JSON = new ObjectMapper();

    record Entry(String name, Integer level, @JsonProperty("max_hp") Integer maxHp,
                 @JsonProperty("wander_radius") Integer wanderRadius,
                 @JsonProperty("respawn_seconds") Integer respawnSeconds) {
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
                definitions.put(type, new NpcDefinition(type, e.name(), e.level(), e.maxHp(), e.wanderRadius(),
                        e.respawnSeconds()));
            } catch (IllegalArgumentException invalid) {
                throw new IllegalStateException("NPC definitions " + fileName + ": " + invalid.getMessage(), invalid);
            }
        });
        return definitions;
    }
}
