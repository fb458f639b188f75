package dev.realmforge.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.realmforge.it.support.GameClient;
import dev.realmforge.it.support.GameClient.Received;
import dev.realmforge.it.support.MicroProcess;
import dev.realmforge.it.support.OwnServer;
import dev.realmforge.it.support.Players;
import dev.realmforge.it.support.Wire;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Stops a real server with SIGTERM and starts it again on the same embedded database: players are
 * told the server is going down, their live position and experience are saved, inventory and
 * equipment come back exactly, and a token issued before the
 * restart still works because the generated signing secret is kept in the database (no
 * realmforge.jwt.secret is configured here).
 * <p>
 * Own servers ({@link OwnServer}): both tests stop or kill their server and restart it on the same
 * database, and the first needs a server without realmforge.jwt.secret, which the shared one has.
 */
@OwnServer
class ShutdownAndRestartIT {

    private static final int BONES = 32;

    @Test
    void shutdownTellsPlayersAndATokenSurvivesTheRestart() throws Exception {
        Path work = Files.createDirectories(Path.of("target", "restart-it"));
        Path dataDir = Files.createTempDirectory(work, "data");
        Path log = work.resolve("payara-micro.log");

        Players.Player player;
        JsonNode inventoryBefore;
        JsonNode equipmentBefore;
        try (MicroProcess server = MicroProcess.start(dataDir, log)) {
            player = new Players(server.url()).register("restart");
            try (GameClient json = GameClient.connect(server.url(), Wire.JSON);
                 GameClient msgpack = GameClient.connect(server.url(), Wire.MSGPACK)) {
                json.authenticate(player.token());
                Players.Player other = new Players(server.url()).register("restart-mp");
                msgpack.authenticate(other.token());
                new Players(server.url()).teleport(player, "samplemap", 41, 27);
                json.request("cmd_equipment_equip", Map.of("inventory_slot", 0, "equipment_slot", "weapon"));
                new Players(server.url()).grant(player, BONES, 2);
                Received buried = json.request("cmd_inventory_use", Map.of("slot", 0));
                assertThat(buried.payload().path("result").asText()).isEqualTo("activated");
                json.request("cmd_inventory_drop", Map.of("slot", 2, "quantity", 5));
                inventoryBefore = json.request("query_inventory", Map.of()).payload();
                equipmentBefore = json.request("query_equipment", Map.of()).payload();

                server.stopGracefully();

                for (GameClient client : new GameClient[] {json, msgpack}) {
                    Received notice = client.awaitType("event_server_shutdown");
                    assertThat(notice.message().path("id").isNull()).isTrue();
                    assertThat(notice.payload().path("message").asText()).isNotBlank();
                    assertThat(client.awaitClose().code()).isEqualTo(1001);
                }
            }
        }

        try (MicroProcess restarted = MicroProcess.start(dataDir, log);
             GameClient client = GameClient.connect(restarted.url(), Wire.MSGPACK)) {
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
    void aCrashLosesAtMostOneSaveInterval() throws Exception {
        Path work = Files.createDirectories(Path.of("target", "restart-it"));
        Path dataDir = Files.createTempDirectory(work, "crash");
        Path log = work.resolve("payara-micro-crash.log");
        String oneSecond = "realmforge.persistence.save-interval-seconds=1";

        Players.Player player;
        try (MicroProcess server = MicroProcess.start(dataDir, log, oneSecond)) {
            player = new Players(server.url()).register("crash");
            try (GameClient client = GameClient.connect(server.url(), Wire.JSON)) {
                client.authenticate(player.token());
                assertThat(client.request("cmd_move", Map.of("direction", "UP")).type()).isEqualTo("resp_success");
                Thread.sleep(550); // move cooldown
                assertThat(client.request("cmd_move", Map.of("direction", "UP")).type()).isEqualTo("resp_success");
                Thread.sleep(2500); // more than two save intervals, with the player still connected
                server.crash();
            }
        }

        try (MicroProcess restarted = MicroProcess.start(dataDir, log, oneSecond);
             GameClient client = GameClient.connect(restarted.url(), Wire.JSON)) {
            Received welcome = client.authenticate(player.token());
            assertThat(welcome.payload().path("x").asInt()).isEqualTo(10);
            assertThat(welcome.payload().path("y").asInt()).as("both steps were saved before the crash").isEqualTo(8);
        }
    }
}
