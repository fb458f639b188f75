package dev.realmforge.engine.rpg.item.data;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.realmforge.engine.rpg.item.EquipmentSlot;
import dev.realmforge.engine.rpg.item.ItemDefinition;
import dev.realmforge.engine.rpg.item.ItemStats;
import dev.realmforge.engine.rpg.skill.Skill;
import java.io.IOException;
import java.io.InputStream;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads items.json: an array of items, each with id, key, name and optionally stackable, slot,
 * attack_speed_ticks, stats, requirements (skill name to level), heals and bury_xp. Unknown fields,
 * duplicate ids or keys and bad values fail with a message naming the file and the item.
 */
public final class ItemCatalogueReader {

    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    record Entry(Integer id, String key, String name, Boolean stackable, String slot,
                 @JsonProperty("attack_speed_ticks") Integer attackSpeedTicks, Stats stats,
                 Map<String, Integer> requirements, Integer heals, @JsonProperty("bury_xp") Integer buryXp) {
    }

    record Stats(@JsonProperty("attack_bonus_stab") int attackStab,
                 @JsonProperty("attack_bonus_slash") int attackSlash,
                 @JsonProperty("attack_bonus_crush") int attackCrush,
                 @JsonProperty("defense_bonus_stab") int defenseStab,
                 @JsonProperty("defense_bonus_slash") int defenseSlash,
                 @JsonProperty("defense_bonus_crush") int defenseCrush,
                 @JsonProperty("strength_bonus") int strength,
                 @JsonProperty("ranged_attack") int rangedAttack,
                 @JsonProperty("ranged_strength") int rangedStrength) {

        ItemStats toStats() {
            return new ItemStats(attackStab, attackSlash, attackCrush, defenseStab, defenseSlash, defenseCrush,
                    strength, rangedAttack, rangedStrength);
        }
    }

    /** The items by id, in file order. */
    public Map<Integer, ItemDefinition> read(String fileName, InputStream in) {
        if (in == null) {
            throw new IllegalStateException("Item catalogue " + fileName + ": file not found");
        }
        List<Entry> entries;
        try (in) {
            entries = JSON.readValue(in, new TypeReference<List<Entry>>() { });
        } catch (IOException e) {
            throw new IllegalStateException("Item catalogue " + fileName + ": not valid: " + e.getMessage(), e);
        }
        Map<Integer, ItemDefinition> byId = new LinkedHashMap<>();
        Map<String, Integer> keys = new LinkedHashMap<>();
        for (int i = 0; i < entries.size(); i++) {
            Entry e = entries.get(i);
            String where = "Item catalogue " + fileName + ", entry " + i;
            if (e == null || e.id() == null || e.key() == null || e.name() == null) {
                throw new IllegalStateException(where + ": needs id, key and name");
            }
            ItemDefinition item;
            try {
                item = toDefinition(e);
            } catch (IllegalArgumentException invalid) {
                throw new IllegalStateException(where + ": " + invalid.getMessage(), invalid);
            }
            if (byId.putIfAbsent(item.id(), item) != null || keys.putIfAbsent(item.key(), item.id()) != null) {
                throw new IllegalStateException(where + ": id " + item.id() + " or key " + item.key() + " used twice");
            }
        }
        return byId;
    }

    private static ItemDefinition toDefinition(Entry e) {
        Optional<EquipmentSlot> slot = Optional.empty();
        if (e.slot() != null) {
            slot = Optional.of(EquipmentSlot.fromWire(e.slot())
                    .orElseThrow(() -> new IllegalArgumentException("unknown slot '" + e.slot() + "'")));
        }
        Map<Skill, Integer> requirements = new EnumMap<>(Skill.class);
        if (e.requirements() != null) {
            e.requirements().forEach((name, level) -> requirements.put(skill(name), level));
        }
        return new ItemDefinition(e.id(), e.key(), e.name(), Boolean.TRUE.equals(e.stackable()), slot,
                e.attackSpeedTicks() == null ? 0 : e.attackSpeedTicks(),
                e.stats() == null ? ItemStats.NONE : e.stats().toStats(), requirements,
                e.heals() == null ? 0 : e.heals(), e.buryXp() == null ? 0 : e.buryXp());
    }

    private static Skill skill(String name) {
        for (Skill skill : Skill.values()) {
            if (skill.key().equals(name)) {
                return skill;
            }
        }
        throw new IllegalArgumentException("unknown skill '" + name + "' in requirements");
    }
}
