package dev.realmforge.web.rpg;

import static org.assertj.core.api.Assertions.assertThat;

import dev.realmforge.engine.rpg.view.GameUpdateEvent;
import dev.realmforge.engine.rpg.view.EntityChange;
import dev.realmforge.engine.rpg.view.EntitySnapshot;
import dev.realmforge.web.rpg.wire.Payloads;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class GameUpdateTranslatorTest {

    private static final EntitySnapshot BOB = new EntitySnapshot("player_7", EntitySnapshot.Kind.PLAYER, 7, "bob",
            "samplemap", 15, 10, "east", "walking", 9, 10, null, java.util.Map.of());

    @Test
    void aFullPlayerCarriesEveryFieldOfTheProtocolShape() {
        Payloads.GameUpdate update = GameUpdateTranslator.payload(
                new GameUpdateEvent("samplemap", List.of(new EntityChange(BOB, true, Set.of())), List.of(), java.time.Instant.EPOCH));

        Map<String, Object> entity = update.entities().get(0);
        assertThat(entity).containsEntry("id", "player_7").containsEntry("type", "player")
                .containsEntry("username", "bob").containsEntry("x", 15).containsEntry("y", 10)
                .containsEntry("facing_direction", "east").containsEntry("animation_state", "walking")
                .containsEntry("current_hp", 9).containsEntry("max_hp", 10).containsKey("visual_state")
                .doesNotContainKey("combat_state");
        assertThat(update.mapId()).isEqualTo("samplemap");
    }

    @Test
    void aPartialUpdateCarriesTheIdAndTheChangedFieldsOnly() {
        Payloads.GameUpdate update = GameUpdateTranslator.payload(new GameUpdateEvent("samplemap",
                List.of(new EntityChange(BOB, false, Set.of(EntitySnapshot.Field.POSITION))), List.of(),
                java.time.Instant.ofEpochMilli(1_700_000_000_123L)));

        assertThat(update.entities().get(0)).containsOnlyKeys("id", "x", "y");
        assertThat(update.serverTime()).isEqualTo(1_700_000_000.123);
    }

    @Test
    void removedPlayersAreListedByNumericIdAndNpcsByStringId() {
        EntitySnapshot goblin = new EntitySnapshot("npc_3", EntitySnapshot.Kind.NPC, 3, "Goblin", "samplemap", 1, 1,
                null, null, 5, 5, "idle", java.util.Map.of());

        Payloads.GameUpdate update = GameUpdateTranslator.payload(
                new GameUpdateEvent("samplemap", List.of(), List.of(BOB, goblin), java.time.Instant.EPOCH));

        assertThat(update.removedEntities()).containsExactly(7L, "npc_3");
    }

    @Test
    void oneChangeIsTranslatedOncePerPublishWhateverTheNumberOfViewers() {
        EntityChange step = new EntityChange(BOB, false, Set.of(EntitySnapshot.Field.POSITION));
        java.time.Instant publish = java.time.Instant.ofEpochSecond(100);
        Map<String, Object> first = GameUpdateTranslator.payload(
                new GameUpdateEvent("samplemap", List.of(step), List.of(), publish)).entities().get(0);
        Map<String, Object> second = GameUpdateTranslator.payload(
                new GameUpdateEvent("samplemap", List.of(step), List.of(), publish)).entities().get(0);
        Map<String, Object> nextPublish = GameUpdateTranslator.payload(
                new GameUpdateEvent("samplemap", List.of(step), List.of(), java.time.Instant.ofEpochSecond(100))).entities().get(0);

        assertThat(second).isSameAs(first);
        assertThat(nextPublish).isNotSameAs(first).isEqualTo(first);
    }
}
