package dev.realmforge.it;

import static dev.realmforge.it.support.Replies.assertError;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.realmforge.it.support.Deployments;
import dev.realmforge.it.support.GameClient;
import dev.realmforge.it.support.GameClient.Received;
import dev.realmforge.it.support.Players;
import dev.realmforge.it.support.Wire;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The world as clients see it: map chunks from the bundled Tiled maps, in both encodings. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class RpgWorldIT {

    @ArquillianResource
    URL base;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.realmforgeWar();
    }

    private static Map<String, Object> query(String mapId, int chunkX, int chunkY, int radius) {
        return Map.of("map_id", mapId, "chunk_x", chunkX, "chunk_y", chunkY, "radius", radius);
    }


    @ParameterizedTest
    @EnumSource(Wire.class)
    void chunksAroundTheStartHaveSixteenRowsOfTileIdsAndCollisionFlags(Wire wire) {
        Players.Player player = new Players(base).register("chunks");
        try (GameClient client = GameClient.connect(base, wire)) {
            client.authenticate(player.token());
            Received reply = client.request("query_chunks", query("samplemap", 1, 1, 1));
            assertThat(reply.type()).isEqualTo("resp_success");
            JsonNode chunks = reply.payload().path("chunks");
            assertThat(chunks).hasSize(9);
            List<String> order = new ArrayList<>();
            chunks.forEach(c -> order.add(c.path("chunk_x").asInt() + "," + c.path("chunk_y").asInt()));
            assertThat(order).containsExactly("0,0", "1,0", "2,0", "0,1", "1,1", "2,1", "0,2", "1,2", "2,2");

            JsonNode origin = chunks.get(0);
            assertThat(origin.path("tiles")).hasSize(16);
            assertThat(origin.path("tiles").get(0)).hasSize(16);
            assertThat(origin.path("collision")).hasSize(16);
            assertThat(origin.path("collision").get(0).get(0).asBoolean()).as("the wall at (0,0)").isTrue();
            assertThat(origin.path("collision").get(10).get(10).asBoolean()).as("the start tile (10,10)").isFalse();
            assertThat(origin.path("tiles").get(10).get(10).asInt()).as("road tile id").isEqualTo(2);
            assertThat(origin.path("tiles").get(5).get(5).asInt()).as("grass tile id").isEqualTo(1);
        }
    }

    @ParameterizedTest
    @EnumSource(Wire.class)
    void chunksOutsideTheMapAreLeftOut(Wire wire) {
        Players.Player player = new Players(base).register("edge");
        try (GameClient client = GameClient.connect(base, wire)) {
            client.authenticate(player.token());
            JsonNode corner = client.request("query_chunks", query("samplemap", 0, 0, 1)).payload().path("chunks");
            assertThat(corner).hasSize(4);
            JsonNode spawnArea = client.request("query_chunks", query("spawn_area", 1, 1, 5)).payload().path("chunks");
            assertThat(spawnArea).as("a 32x32 map has 2x2 chunks").hasSize(4);
        }
    }

    private static final long COOLDOWN_MS = 550;

    private static Received move(GameClient client, String direction) {
        return client.request("cmd_move", Map.of("direction", direction));
    }

    private static void pause() throws InterruptedException {
        Thread.sleep(COOLDOWN_MS); // let the 500 ms move cooldown pass
    }

    @ParameterizedTest
    @EnumSource(Wire.class)
    void aMoveIsOneTileAndAnswersWithBothPositions(Wire wire) {
        Players.Player player = new Players(base).register("walker");
        try (GameClient client = GameClient.connect(base, wire)) {
            client.authenticate(player.token());
            Received moved = move(client, "UP");
            assertThat(moved.type()).as("reply %s", moved.message()).isEqualTo("resp_success");
            JsonNode to = moved.payload().path("new_position");
            assertThat(to.path("x").asInt()).isEqualTo(10);
            assertThat(to.path("y").asInt()).isEqualTo(9);
            assertThat(to.path("map_id").asText()).isEqualTo("samplemap");
            assertThat(to.path("player_id").asLong()).isPositive();
            assertThat(to.path("timestamp").asDouble()).isPositive();
            assertThat(moved.payload().path("old_position").path("y").asInt()).isEqualTo(10);
            assertThat(moved.payload().path("collision").asBoolean()).isFalse();
        }
    }

    @ParameterizedTest
    @EnumSource(Wire.class)
    void wallsBlockAndThePositionStaysPut(Wire wire) throws InterruptedException {
        Players players = new Players(base);
        Players.Player player = players.register("bumper");
        try (GameClient client = GameClient.connect(base, wire)) {
            client.authenticate(player.token());
            players.teleport(player, "samplemap", 1, 1);
            Received blocked = move(client, "LEFT");
            assertError(blocked, "MOVEMENT_BLOCKED");
            assertThat(blocked.payload().path("details").path("collision").asBoolean()).isTrue();
            assertThat(blocked.payload().path("details").path("current_position").path("x").asInt()).isEqualTo(1);
            pause();
            assertThat(move(client, "RIGHT").payload().path("new_position").path("x").asInt()).isEqualTo(2);
        }
    }

    @ParameterizedTest
    @EnumSource(Wire.class)
    void theMapEdgeHolds(Wire wire) {
        Players players = new Players(base);
        Players.Player player = players.register("edgewalker");
        try (GameClient client = GameClient.connect(base, wire)) {
            client.authenticate(player.token());
            players.teleport(player, "samplemap", 20, 0);
            assertError(move(client, "UP"), "MOVEMENT_OUT_OF_BOUNDS");
        }
    }

    @ParameterizedTest
    @EnumSource(Wire.class)
    void aFloodOfMovesGetsRateLimitErrorsNotExtraTiles(Wire wire) throws InterruptedException {
        Players.Player player = new Players(base).register("flooder");
        try (GameClient client = GameClient.connect(base, wire)) {
            client.authenticate(player.token());
            List<String> ids = new ArrayList<>();
            for (int i = 0; i < 10; i++) {
                ids.add(client.send("cmd_move", Map.of("direction", "DOWN", "x", 50, "y", 50)));
            }
            int moved = 0;
            int limited = 0;
            for (String id : ids) {
                Received reply = client.awaitReply(id);
                if (reply.type().equals("resp_success")) {
                    moved++;
                } else {
                    assertError(reply, "MOVEMENT_RATE_LIMITED");
                    limited++;
                }
            }
            assertThat(moved).isEqualTo(1);
            assertThat(limited).isEqualTo(9);
            pause();
            JsonNode to = move(client, "DOWN").payload().path("new_position");
            assertThat(to.path("x").asInt()).as("no field in the message can set a position").isEqualTo(10);
            assertThat(to.path("y").asInt()).isEqualTo(12);
        }
    }

    @ParameterizedTest
    @EnumSource(Wire.class)
    void directionsAreCheckedExactly(Wire wire) {
        Players.Player player = new Players(base).register("lost");
        try (GameClient client = GameClient.connect(base, wire)) {
            client.authenticate(player.token());
            assertError(move(client, "up"), "MOVEMENT_INVALID_DIRECTION");
            assertError(move(client, "NORTH"), "MOVEMENT_INVALID_DIRECTION");
            assertError(client.request("cmd_move", Map.of("direction", 5)), "MOVEMENT_INVALID_DIRECTION");
            assertError(client.request("cmd_move", Map.of()), "MOVEMENT_INVALID_DIRECTION");
            assertThat(move(client, "RIGHT").type()).as("refused directions did not start the cooldown")
                    .isEqualTo("resp_success");
        }
    }

    @ParameterizedTest
    @EnumSource(Wire.class)
    void walkingOntoAPortalMovesThePlayerToTheOtherMap(Wire wire) throws InterruptedException {
        Players players = new Players(base);
        Players.Player player = players.register("traveller");
        try (GameClient client = GameClient.connect(base, wire)) {
            client.authenticate(player.token());
            players.teleport(player, "samplemap", 59, 60);
            Received moved = move(client, "RIGHT");
            assertThat(moved.type()).as("reply %s", moved.message()).isEqualTo("resp_success");
            JsonNode to = moved.payload().path("new_position");
            assertThat(to.path("map_id").asText()).isEqualTo("spawn_area");
            assertThat(to.path("x").asInt()).isEqualTo(27);
            assertThat(to.path("y").asInt()).isEqualTo(16);
            pause();
            Received back = move(client, "RIGHT");
            assertThat(back.payload().path("new_position").path("map_id").asText()).isEqualTo("samplemap");
            assertThat(back.payload().path("new_position").path("x").asInt()).isEqualTo(58);
        }
    }

    @ParameterizedTest
    @EnumSource(Wire.class)
    void chunkQueriesAreValidated(Wire wire) {
        Players.Player player = new Players(base).register("badchunks");
        try (GameClient client = GameClient.connect(base, wire)) {
            client.authenticate(player.token());
            Received tooLarge = client.request("query_chunks", query("samplemap", 1, 1, 6));
            assertError(tooLarge, "CHUNKS_RADIUS_TOO_LARGE");
            assertThat(tooLarge.payload().path("details").path("max_radius").asInt()).isEqualTo(5);
            assertThat(client.request("query_chunks", query("samplemap", 1, 1, 5)).type()).isEqualTo("resp_success");
            assertError(client.request("query_chunks", query("atlantis", 0, 0, 1)), "CHUNKS_MAP_NOT_FOUND");
            assertError(client.request("query_chunks", query("samplemap", 4, 0, 1)), "CHUNKS_INVALID_COORDINATES");
            assertError(client.request("query_chunks", query("samplemap", -1, 0, 1)), "CHUNKS_INVALID_COORDINATES");
            assertError(client.request("query_chunks", query("samplemap", 0, 0, -1)), "CHUNKS_INVALID_COORDINATES");
            assertError(client.request("query_chunks", Map.of("map_id", "samplemap", "chunk_x", "zero", "chunk_y", 0)),
                    "CHUNKS_INVALID_COORDINATES");
        }
    }
}
