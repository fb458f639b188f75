package dev.realmforge.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.realmforge.it.support.GameClient;
import dev.realmforge.it.support.GameClient.Received;
import dev.realmforge.it.support.Metrics;
import dev.realmforge.it.support.MicroProcess;
import dev.realmforge.it.support.OwnServer;
import dev.realmforge.it.support.Players;
import dev.realmforge.it.support.StalledClient;
import dev.realmforge.it.support.Wire;
import java.io.IOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * A client that stops reading while asking for large replies fills its bounded outbound queue and
 * is disconnected with a logged reason; a player beside it keeps its moves and its game updates.
 * Runs its own server with a small queue so the overflow comes after a few megabytes, not hundreds.
 * <p>
 * Own server ({@link OwnServer}): the outbound queue of 8 frames would cut off clients of the other
 * tests (HardeningIT relies on the default of 256), and the test counts the server's slow-client
 * closes, which must be exactly this one.
 */
@OwnServer
class SlowClientIT {

    private static final String SLOW_CLOSES = "realmforge_ws_slow_client_closes_total";

    @Test
    void aClientThatStopsReadingIsDisconnectedWhileOthersKeepTheirTick() throws Exception {
        Path work = Files.createDirectories(Path.of("target", "slow-client-it"));
        Path log = work.resolve("payara-micro.log");
        try (MicroProcess server = MicroProcess.start(Files.createTempDirectory(work, "data"), log,
                "realmforge.ws.outbound-queue-capacity=8",
                "realmforge.npcs.wander-min-ms=200", "realmforge.npcs.wander-max-ms=400")) {
            URL base = server.url();
            Players players = new Players(base);
            Players.Player steadyPlayer = players.register("steady");
            Players.Player stalledPlayer = players.register("stalled");

            try (GameClient steady = GameClient.connect(base, Wire.JSON);
                 StalledClient stalled = StalledClient.connect(base)) {
                steady.authenticate(steadyPlayer.token());
                stalled.sendText(envelope("cmd_authenticate", Map.of("token", stalledPlayer.token())));

                int sent = floodWithChunkQueries(stalled, base);
                awaitSlowClose(base);

                assertThat(stalled.awaitHangUp(Duration.ofSeconds(30)))
                        .as("the server ended the stalled connection after %d queries", sent)
                        .isIn(StalledClient.HangUp.values());
                assertThat(Files.readString(log)).contains("client too slow");

                steady.discardReceived();
                steady.await(r -> r.type().equals("event_game_update"), "a game update after the disconnect");
                Received moved = steady.request("cmd_move", Map.of("direction", "RIGHT"));
                assertThat(moved.type()).as("the neighbour still plays: %s", moved.message()).isEqualTo("resp_success");
                assertThat(Metrics.value(Metrics.read(base), SLOW_CLOSES)).as("only the stalled client").isEqualTo(1);
            }
        }
    }

    /** Asks for the largest chunk reply again and again without reading; returns how many were sent. */
    private static int floodWithChunkQueries(StalledClient stalled, URL base) {
        byte[] query = envelope("query_chunks", Map.of("map_id", "samplemap", "chunk_x", 1, "chunk_y", 1, "radius", 5));
        int sent = 0;
        try {
            while (sent < 5000) {
                stalled.sendText(query);
                sent++;
                if (sent % 100 == 0 && Metrics.value(Metrics.read(base), SLOW_CLOSES) > 0) {
                    break;
                }
            }
        } catch (IOException serverStoppedListening) {
            // the server closed the connection while we were still sending: what we wait for
        }
        return sent;
    }

    private static void awaitSlowClose(URL base) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (Metrics.value(Metrics.read(base), SLOW_CLOSES) < 1) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("no connection was closed as too slow");
            }
            Thread.sleep(200);
        }
    }

    private static byte[] envelope(String type, Map<String, ?> payload) {
        return Wire.JSON.encode(Map.of("id", UUID.randomUUID().toString(), "type", type,
                "payload", payload, "version", "2.0"));
    }
}
