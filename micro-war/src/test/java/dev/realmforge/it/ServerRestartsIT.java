package dev.realmforge.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.realmforge.it.support.GameClient;
import dev.realmforge.it.support.GameClient.Received;
import dev.realmforge.it.support.MicroProcess;
import dev.realmforge.it.support.OwnServer;
import dev.realmforge.it.support.Players;
import dev.realmforge.it.support.Wire;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * What survives when a real server stops or dies, on one embedded database and three servers in
 * turn. The first is stopped with SIGTERM: players are told the server is going down, and their
 * live position and experience, inventory and equipment come back on the second, where a token
 * issued before the restart still works because the generated signing secret is kept in the
 * database (no realmforge.jwt.secret is configured here). The second is killed with SIGKILL while
 * eight clients write ({@link AcknowledgedWrites}) and a player stands connected after two steps:
 * on the third, every acknowledged write is there exactly once and the steps were saved, since
 * saves run every second there.
 * <p>
 * The tests run in order and hand the running server on, so the stage starts three servers rather
 * than six; a test whose predecessor left no server running starts its own on the same database.
 * Own servers ({@link OwnServer}): both tests stop or kill their server and restart it on the same
 * database, which the shared server of the stage must never see, and the first needs a server
 * without realmforge.jwt.secret, which the shared one has.
 */
@OwnServer
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ServerRestartsIT {

    private static final int BONES = 32;
    private static final String ONE_SECOND_SAVES = "realmforge.persistence.save-interval-seconds=1";
    private static final Duration WRITING = Duration.ofSeconds(4);

    private Path work;
    private Path dataDir;
    private MicroProcess server;
    private int starts;

    @BeforeAll
    void prepare() throws IOException {
        work = Files.createDirectories(Path.of("target", "restarts-it"));
        dataDir = Files.createTempDirectory(work, "data");
    }

    @AfterAll
    void stop() {
        if (server != null) {
            server.close();
        }
    }

    /** Starts the next server on the tests' database, each with a log file of its own. */
    private MicroProcess start(String... settings) throws IOException, InterruptedException {
        starts++;
        server = MicroProcess.start(dataDir, work.resolve("payara-micro-" + starts + ".log"), settings);
        return server;
    }

    /** The server the previous test left running, or a new one with one-second saves. */
    private MicroProcess running() throws IOException, InterruptedException {
        return server != null && server.isAlive() ? server : start(ONE_SECOND_SAVES);
    }

    @Test
    @Order(1)
    void shutdownTellsPlayersAndATokenSurvivesTheRestart() throws Exception {
        Players.Player player;
        JsonNode inventoryBefore;
        JsonNode equipmentBefore;
        try (MicroProcess first = start()) {
            player = new Players(first.url()).register("restart");
            try (GameClient json = GameClient.connect(first.url(), Wire.JSON);
                 GameClient msgpack = GameClient.connect(first.url(), Wire.MSGPACK)) {
                json.authenticate(player.token());
                Players.Player other = new Players(first.url()).register("restart-mp");
                msgpack.authenticate(other.token());
                new Players(first.url()).teleport(player, "samplemap", 41, 27);
                json.request("cmd_equipment_equip", Map.of("inventory_slot", 0, "equipment_slot", "weapon"));
                new Players(first.url()).grant(player, BONES, 2);
                Received buried = json.request("cmd_inventory_use", Map.of("slot", 0));
                assertThat(buried.payload().path("result").asText()).isEqualTo("activated");
                json.request("cmd_inventory_drop", Map.of("slot", 2, "quantity", 5));
                inventoryBefore = json.request("query_inventory", Map.of()).payload();
                equipmentBefore = json.request("query_equipment", Map.of()).payload();

                first.stopGracefully();

                for (GameClient client : new GameClient[] {json, msgpack}) {
                    Received notice = client.awaitType("event_server_shutdown");
                    assertThat(notice.message().path("id").isNull()).isTrue();
                    assertThat(notice.payload().path("message").asText()).isNotBlank();
                    assertThat(client.awaitClose().code()).isEqualTo(1001);
                }
            }
        }

        MicroProcess restarted = start(ONE_SECOND_SAVES);
        try (GameClient client = GameClient.connect(restarted.url(), Wire.MSGPACK)) {
            GameClient.Received welcome = client.request("cmd_authenticate", Map.of("token", player.token()));
            assertThat(welcome.payload().path("username").asText()).isEqualTo(player.username());
            assertThat(welcome.payload().path("x").asInt()).as("position saved at shutdown").isEqualTo(41);
            assertThat(welcome.payload().path("y").asInt()).isEqualTo(27);
            JsonNode prayer = client.awaitType("event_skills").payload().path("skills").get(6);
            assertThat(prayer.path("name").asText()).isEqualTo("prayer");
            assertThat(prayer.path("current_xp").asInt()).as("experience saved at shutdown").isEqualTo(5);
            assertThat(client.request("query_inventory", Map.of()).payload()).isEqualTo(inventoryBefore);
            assertThat(client.request("query_equipment", Map.of()).payload()).isEqualTo(equipmentBefore);
        }
    }

    @Test
    @Order(2)
    void aCrashLosesNoAcknowledgedWriteAndAtMostOneSaveInterval() throws Exception {
        MicroProcess crashing = running();
        Players.Player walker = new Players(crashing.url()).register("crash");
        AcknowledgedWrites writes = new AcknowledgedWrites();
        try (GameClient client = GameClient.connect(crashing.url(), Wire.JSON)) {
            client.authenticate(walker.token());
            assertThat(client.request("cmd_move", Map.of("direction", "UP")).type()).isEqualTo("resp_success");
            Thread.sleep(550); // move cooldown
            assertThat(client.request("cmd_move", Map.of("direction", "UP")).type()).isEqualTo("resp_success");
            // the walker stays connected while the writers play for more than two save intervals
            writes.writeUntilCrash(crashing, WRITING);
        }

        MicroProcess restarted = start(ONE_SECOND_SAVES);
        writes.assertSurvived(restarted.url());
        try (GameClient client = GameClient.connect(restarted.url(), Wire.JSON)) {
            Received welcome = client.authenticate(walker.token());
            assertThat(welcome.payload().path("x").asInt()).isEqualTo(10);
            assertThat(welcome.payload().path("y").asInt()).as("both steps were saved before the crash").isEqualTo(8);
        }
    }
}
