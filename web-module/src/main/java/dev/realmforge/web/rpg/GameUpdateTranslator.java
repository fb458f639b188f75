package dev.realmforge.web.rpg;

import dev.realmforge.engine.rpg.view.GameUpdateEvent;
import dev.realmforge.engine.rpg.item.EquipmentSlot;
import dev.realmforge.engine.rpg.item.ItemDefinition;
import dev.realmforge.engine.rpg.view.EntityChange;
import dev.realmforge.engine.rpg.view.EntitySnapshot;
import dev.realmforge.web.rpg.wire.EntityFields;
import dev.realmforge.web.rpg.wire.Payloads;
import java.time.Instant;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code event_game_update} in the protocol's shapes. A full entity carries every field of its
 * kind; a partial one its id and the changed fields. Removed players are listed by numeric
 * player id, removed NPCs by their string id, as the protocol's example shows.
 */
final class GameUpdateTranslator {

    /**
     * The entities of the update being handed out, by change: the views list one change object for
     * every viewer of a chunk, and every update of one publish carries the same instant, so each
     * change is translated (and later packed) once per publish, not once per viewer.
     */
    private static final ThreadLocal<Memo> MEMO = ThreadLocal.withInitial(Memo::new);

    private static final class Memo {
        Instant at;
        final Map<EntityChange, EntityFields> entities = new IdentityHashMap<>();

        EntityFields entity(GameUpdateEvent event, EntityChange change) {
            if (at != event.at() || entities.size() > 65_536) {
                at = event.at();
                entities.clear();
            }
            return entities.computeIfAbsent(change, GameUpdateTranslator::entity);
        }
    }

    private GameUpdateTranslator() {
    }

    static Payloads.GameUpdate payload(GameUpdateEvent event) {
        Memo memo = MEMO.get();
        List<Map<String, Object>> entities = new ArrayList<>(event.changed().size());
        for (EntityChange change : event.changed()) {
            entities.add(memo.entity(event, change));
        }
        List<Object> removed = event.removed().stream()
                .map(e -> e.kind() == EntitySnapshot.Kind.PLAYER ? (Object) e.numericId() : e.key())
                .toList();
        return new Payloads.GameUpdate(entities, removed, event.mapId(), EventTranslator.seconds(event.at()));
    }

    private static EntityFields entity(EntityChange change) {
        EntitySnapshot e = change.entity();
        EntityFields out = new EntityFields();
        out.put("id", e.key());
        if (change.full()) {
            out.put("type", e.kind() == EntitySnapshot.Kind.PLAYER ? "player" : "npc");
            out.put(e.kind() == EntitySnapshot.Kind.PLAYER ? "username" : "name", e.name());
        }
        if (change.full() || change.fields().contains(EntitySnapshot.Field.POSITION)) {
            out.put("x", e.x());
            out.put("y", e.y());
        }
        if (e.kind() == EntitySnapshot.Kind.PLAYER) {
            putIf(out, change, EntitySnapshot.Field.FACING, "facing_direction", e.facing());
            putIf(out, change, EntitySnapshot.Field.ANIMATION, "animation_state", e.animation());
        }
        putIf(out, change, EntitySnapshot.Field.HP, "current_hp", e.currentHp());
        putIf(out, change, EntitySnapshot.Field.MAX_HP, "max_hp", e.maxHp());
        if (e.kind() == EntitySnapshot.Kind.NPC) {
            putIf(out, change, EntitySnapshot.Field.COMBAT_STATE, "combat_state", e.combatState());
        }
        if (e.kind() == EntitySnapshot.Kind.PLAYER) {
            putIf(out, change, EntitySnapshot.Field.VISUAL_STATE, "visual_state", visualState(e.worn()));
        }
        return out;
    }

    /** Every slot, null when empty, else the item id and the name of its picture. */
    private static Map<String, Object> visualState(Map<EquipmentSlot, ItemDefinition> worn) {
        Map<String, Object> equipment = new LinkedHashMap<>();
        for (EquipmentSlot slot : EquipmentSlot.values()) {
            ItemDefinition item = worn.get(slot);
            equipment.put(slot.key(), item == null ? null : Map.of("item_id", item.id(), "sprite_id", item.spriteId()));
        }
        return Map.of("equipment", Collections.unmodifiableMap(equipment));
    }

    private static void putIf(Map<String, Object> out, EntityChange change, EntitySnapshot.Field field, String name,
                              Object value) {
        if (change.full() || change.fields().contains(field)) {
            out.put(name, value);
        }
    }
}
