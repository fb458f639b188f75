package dev.realmforge.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.realmforge.it.support.Deployments;
import dev.realmforge.it.support.GameClient;
import dev.realmforge.it.support.GameClient.Received;
import dev.realmforge.it.support.Metrics;
import dev.realmforge.it.support.Players;
import dev.realmforge.it.support.Wire;
import java.net.URL;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** event_game_update between real clients: appear, move, leave view, disconnect, and silence. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class RpgVisibilityIT {

    @ArquillianResource
    URL base;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.realmforgeWar();
    }

    private static Optional<JsonNode> entity(Received update, String id) {
        for (JsonNode e : update.payload().path("entities")) {
            if (e.path("id").asText().equals(id)) {
                return Optional.of(e);
            }
        }
        return Optional.empty();
    }

    private static Predicate<Received> updateAbout(String id) {
        return r -> r.type().equals("event_game_update") && entity(r, id).isPresent();
    }

    private static Predicate<Received> removalOf(long playerId) {
        return r -> {
            if (!r.type().equals("event_game_update")) {
                return false;
            }
            for (JsonNode removed : r.payload().path("removed_entities")) {
                if (removed.asLong() == playerId) {
                    return true;
                }
            }
            return false;
        };
    }

    /** A connected, authenticated player and its player id. */
    private record Online(GameClient client, long playerId, String entityId) implements AutoCloseable {
        @Override
        public void close() {
            client.close();
        }
    }

    private Online join(Players.Player player, Wire wire) {
        GameClient client = GameClient.connect(base, wire);
        long id = client.authenticate(player.token()).payload().path("player_id").asLong();
        return new Online(client, id, "player_" + id);
    }

    @ParameterizedTest
    @EnumSource(Wire.class)
    void anotherPlayerAppearsInFullThenMovesAsPartialUpdates(Wire wire) {
        Players players = new Players(base);
        try (Online a = join(players.register("watcher"), wire); Online b = join(players.register("mover"), wire)) {
            Received appeared = a.client().await(updateAbout(b.entityId()), "mover appears");
            assertThat(appeared.message().path("id").isNull()).isTrue();
            assertThat(appeared.payload().path("map_id").asText()).isEqualTo("samplemap");
            JsonNode full = entity(appeared, b.entityId()).orElseThrow();
            assertThat(full.path("type").asText()).isEqualTo("player");
            assertThat(full.path("username").asText()).startsWith("mover");
            assertThat(full.path("x").asInt()).isEqualTo(10);
            assertThat(full.path("y").asInt()).isEqualTo(10);
            assertThat(full.path("facing_direction").asText()).isNotBlank();
            assertThat(full.path("animation_state").asText()).isEqualTo("idle");
            assertThat(full.path("current_hp").asInt()).isEqualTo(10);
            assertThat(full.path("max_hp").asInt()).isEqualTo(10);
            assertThat(full.path("visual_state").path("equipment").size()).isEqualTo(11);
            assertThat(appeared.payload().path("entities").findValuesAsText("id")).doesNotContain(a.entityId());

            assertThat(b.client().request("cmd_move", Map.of("direction", "UP")).type()).isEqualTo("resp_success");
            Received moved = a.client().await(updateAbout(b.entityId()), "mover's step");
            JsonNode partial = entity(moved, b.entityId()).orElseThrow();
            assertThat(partial.path("y").asInt()).isEqualTo(9);
            assertThat(partial.path("facing_direction").asText()).isEqualTo("north");
            assertThat(partial.has("username")).as("only changed fields after first sight").isFalse();
            assertThat(partial.has("visual_state")).isFalse();
        }
    }

    @ParameterizedTest
    @EnumSource(Wire.class)
    void aPlayerLeavingTheViewIsRemoved(Wire wire) {
        Players players = new Players(base);
        Players.Player leaverAccount = players.register("leaver");
        try (Online a = join(players.register("stayer"), wire); Online b = join(leaverAccount, wire)) {
            a.client().await(updateAbout(b.entityId()), "leaver appears");
            players.teleport(leaverAccount, "samplemap", 60, 58); // chunk (3,3): out of a 3x3 view from (0,0)
            Received gone = a.client().await(removalOf(b.playerId()), "leaver removed");
            assertThat(gone.payload().path("map_id").asText()).isEqualTo("samplemap");
        }
    }

    @ParameterizedTest
    @EnumSource(Wire.class)
    void aDisconnectingPlayerIsRemoved(Wire wire) {
        Players players = new Players(base);
        try (Online a = join(players.register("remains"), wire)) {
            Online b = join(players.register("quitter"), wire);
            a.client().await(updateAbout(b.entityId()), "quitter appears");
            b.close();
            a.client().await(removalOf(b.playerId()), "quitter removed");
        }
    }

    @ParameterizedTest
    @EnumSource(Wire.class)
    void wanderingNpcsAppearWithTheirFieldsAndMove(Wire wire) {
        try (Online a = join(new Players(base).register("npcwatch"), wire)) {
            Received seen = a.client().await(r -> r.type().equals("event_game_update")
                    && r.payload().path("entities").findValuesAsText("name").contains("Goblin"), "a goblin");
            JsonNode goblin = null;
            for (JsonNode e : seen.payload().path("entities")) {
                if ("Goblin".equals(e.path("name").asText())) {
                    goblin = e;
                }
            }
            assertThat(goblin.path("id").asText()).startsWith("npc_");
            assertThat(goblin.path("type").asText()).isEqualTo("npc");
            assertThat(goblin.path("current_hp").asInt()).isEqualTo(5);
            assertThat(goblin.path("max_hp").asInt()).isEqualTo(5);
            assertThat(goblin.path("combat_state").asText()).isEqualTo("idle");
            assertThat(goblin.has("username")).isFalse();
            int homeX = 14;
            int homeY = 8;
            assertThat(Math.abs(goblin.path("x").asInt() - homeX)).isLessThanOrEqualTo(4);
            assertThat(Math.abs(goblin.path("y").asInt() - homeY)).isLessThanOrEqualTo(4);

            String id = goblin.path("id").asText();
            Received moved = a.client().await(r -> updateAbout(id).test(r)
                    && entity(r, id).map(e -> e.has("x") && !e.has("type")).orElse(false), "the goblin wanders");
            JsonNode step = entity(moved, id).orElseThrow();
            assertThat(Math.abs(step.path("x").asInt() - homeX)).as("stays within its wander radius").isLessThanOrEqualTo(4);
            assertThat(Math.abs(step.path("y").asInt() - homeY)).isLessThanOrEqualTo(4);
        }
    }

    @Test
    void theTickAndTheTransportReportMetrics() {
        Players players = new Players(base);
        try (Online a = join(players.register("metered"), Wire.MSGPACK)) {
            a.client().request("query_chunks", Map.of("map_id", "samplemap", "chunk_x", 0, "chunk_y", 0, "radius", 0));
            String text = Metrics.read(base);
            assertThat(text).contains("realmforge_tick_duration_seconds_count", "realmforge_tick_overruns",
                    "realmforge_players_online", "realmforge_ws_frames_sent_total", "realmforge_ws_bytes_sent_total",
                    "realmforge_ws_slow_client_closes_total");
            assertThat(text).containsPattern("realmforge_players_online\\{[^}]*\\} [1-9]");
            assertThat(Metrics.value(text, "realmforge_ws_plain_idle_scheduler_sessions_total"))
                    .as("Payara's Tyrus sessions restart their idle timeout on the plain scheduler (ADR 0032)")
                    .isPositive();
        }
    }

    @ParameterizedTest
    @EnumSource(Wire.class)
    void anUnchangedViewGetsNoUpdates(Wire wire) {
        Players players = new Players(base);
        Players.Player accountA = players.register("idle-a");
        Players.Player accountB = players.register("idle-b");
        // the south-west corner: no NPC spawns within a chunk, away from other tests' players
        players.teleport(accountA, "samplemap", 8, 52);
        players.teleport(accountB, "samplemap", 9, 52);
        try (Online a = join(accountA, wire); Online b = join(accountB, wire)) {
            a.client().await(updateAbout(b.entityId()), "b appears to a");
            b.client().await(updateAbout(a.entityId()), "a appears to b");
            a.client().assertNothing(r -> r.type().equals("event_game_update"), Duration.ofSeconds(1),
                    "a game update while nobody in view changes");
        }
    }
}
