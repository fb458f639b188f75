package dev.realmforge.engine.rpg.view;

import dev.realmforge.engine.rpg.item.EquipmentSlot;
import dev.realmforge.engine.rpg.item.ItemDefinition;
import java.util.EnumSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * What a viewer can know about an entity at one tick. {@code key} is unique across kinds
 * ("player_12", "npc_3"); {@code numericId} is the player id for players; {@code worn} what a
 * player wears (empty for NPCs).
 */
public record EntitySnapshot(String key, Kind kind, long numericId, String name, String mapId, int x, int y,
                             String facing, String animation, int currentHp, int maxHp, String combatState,
                             Map<EquipmentSlot, ItemDefinition> worn) {

    /** The two kinds of entity that appear in game updates. */
    public enum Kind {
        PLAYER,
        NPC
    }

    /** The fields a partial update may carry. */
    public enum Field {
        POSITION,
        FACING,
        ANIMATION,
        HP,
        MAX_HP,
        COMBAT_STATE,
        VISUAL_STATE
    }

    public EntitySnapshot {
        Objects.requireNonNull(key);
        Objects.requireNonNull(kind);
        Objects.requireNonNull(mapId);
        Objects.requireNonNull(worn);
    }

    /** True when a viewer could tell no difference: same map and no changed field. */
    public boolean looksLike(EntitySnapshot other) {
        return mapId.equals(other.mapId) && x == other.x && y == other.y && Objects.equals(facing, other.facing)
                && Objects.equals(animation, other.animation) && currentHp == other.currentHp && maxHp == other.maxHp
                && Objects.equals(combatState, other.combatState) && worn.equals(other.worn);
    }

    /** Fields that differ from {@code before}; empty when nothing a viewer sees has changed. */
    public Set<Field> changedSince(EntitySnapshot before) {
        Set<Field> changed = EnumSet.noneOf(Field.class);
        if (x != before.x || y != before.y) {
            changed.add(Field.POSITION);
        }
        if (!Objects.equals(facing, before.facing)) {
            changed.add(Field.FACING);
        }
        if (!Objects.equals(animation, before.animation)) {
            changed.add(Field.ANIMATION);
        }
        if (currentHp != before.currentHp) {
            changed.add(Field.HP);
        }
        if (maxHp != before.maxHp) {
            changed.add(Field.MAX_HP);
        }
        if (!Objects.equals(combatState, before.combatState)) {
            changed.add(Field.COMBAT_STATE);
        }
        if (!worn.equals(before.worn)) {
            changed.add(Field.VISUAL_STATE);
        }
        return changed;
    }
}
