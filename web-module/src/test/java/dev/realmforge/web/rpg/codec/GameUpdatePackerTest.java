package dev.realmforge.web.rpg.codec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.realmforge.web.rpg.wire.Envelope;
import dev.realmforge.web.rpg.wire.Payloads;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The direct packer must write exactly the bytes the Jackson mapper writes for the same envelope. */
class GameUpdatePackerTest {

    private static byte[] jackson(Envelope envelope) throws Exception {
        return WireMappers.MSGPACK.writeValueAsBytes(envelope);
    }

    private static Map<String, Object> fullPlayer(long id, int x, int y) {
        Map<String, Object> equipment = new LinkedHashMap<>();
        for (String slot : List.of("head", "cape", "neck", "weapon", "body", "shield", "legs", "hands", "feet", "ring",
                "ammo")) {
            equipment.put(slot, slot.equals("weapon") ? Map.of("item_id", 5, "sprite_id", "bronze_sword") : null);
        }
        Map<String, Object> entity = new LinkedHashMap<>();
        entity.put("id", "player_" + id);
        entity.put("type", "player");
        entity.put("username", "bob");
        entity.put("x", x);
        entity.put("y", y);
        entity.put("facing_direction", "east");
        entity.put("animation_state", "walking");
        entity.put("current_hp", 9);
        entity.put("max_hp", 10);
        entity.put("visual_state", Map.of("equipment", equipment));
        return entity;
    }

    @Test
    void writesTheSameBytesAsJacksonForEveryShapeOfUpdate() throws Exception {
        Map<String, Object> partial = new LinkedHashMap<>();
        partial.put("id", "npc_3");
        partial.put("x", -1);
        partial.put("y", 70_000);
        partial.put("combat_state", "in_combat");
        Envelope envelope = Envelope.event("event_game_update", new Payloads.GameUpdate(
                List.of(fullPlayer(12, 11, 10), partial), List.of(9L, 5_000_000_000L, "npc_1"), "samplemap",
                1_795_825_340.625));

        assertThat(GameUpdatePacker.handles(envelope)).isTrue();
        assertThat(GameUpdatePacker.pack(envelope)).isEqualTo(jackson(envelope));

        Envelope empty = Envelope.event("event_game_update", new Payloads.GameUpdate(List.of(), List.of(), "arena", 0.0));
        assertThat(GameUpdatePacker.pack(empty)).isEqualTo(jackson(empty));
    }

    @Test
    void agreesWithJacksonOnRandomUpdates() throws Exception {
        SplittableRandom random = new SplittableRandom(11);
        for (int round = 0; round < 200; round++) {
            List<Map<String, Object>> entities = new ArrayList<>();
            for (int i = random.nextInt(6); i > 0; i--) {
                Map<String, Object> entity = random.nextBoolean() ? fullPlayer(random.nextLong(1, 1L << 40),
                        random.nextInt(-200, 70_000), random.nextInt(320)) : new HashMap<>();
                entity.put("id", "player_" + random.nextInt(1_000_000));
                entity.put("current_hp", random.nextInt(-5, 300));
                entities.add(entity);
            }
            List<Object> removed = new ArrayList<>();
            for (int i = random.nextInt(4); i > 0; i--) {
                removed.add(random.nextBoolean() ? (Object) random.nextLong(1, Long.MAX_VALUE) : "npc_" + random.nextInt(500));
            }
            Envelope envelope = Envelope.event("event_game_update",
                    new Payloads.GameUpdate(entities, removed, "fields", random.nextDouble() * 2e9));
            assertThat(GameUpdatePacker.pack(envelope)).as("round " + round).isEqualTo(jackson(envelope));
        }
    }

    @Test
    void otherEnvelopesAreLeftToJacksonAndUnknownValuesAreRefused() {
        assertThat(GameUpdatePacker.handles(Envelope.event("event_chat_message", Map.of()))).isFalse();
        Envelope odd = Envelope.event("event_game_update",
                new Payloads.GameUpdate(List.of(Map.of("id", "x", "speed", 1.5f)), List.of(), "m", 1.0));
        assertThatThrownBy(() -> GameUpdatePacker.pack(odd)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aSharedEntityIsPackedOnceAndCopiedByteForByte() throws Exception {
        dev.realmforge.web.rpg.wire.EntityFields shared = new dev.realmforge.web.rpg.wire.EntityFields();
        shared.putAll(fullPlayer(12, 11, 10));
        Envelope one = Envelope.event("event_game_update",
                new Payloads.GameUpdate(List.of(shared), List.of(), "samplemap", 1.5));
        Envelope two = Envelope.event("event_game_update",
                new Payloads.GameUpdate(List.of(fullPlayer(3, 1, 1), shared), List.of(4L), "samplemap", 2.5));

        assertThat(GameUpdatePacker.pack(one)).isEqualTo(jackson(one));
        byte[] packedOnce = shared.msgpack(e -> { throw new AssertionError("packed a second time"); });
        assertThat(GameUpdatePacker.pack(two)).isEqualTo(jackson(two));
        assertThat(shared.msgpack(e -> new byte[0])).isSameAs(packedOnce);
    }
}
