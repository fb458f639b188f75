package dev.realmforge.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.realmforge.it.support.Deployments;
import dev.realmforge.it.support.GameClient;
import dev.realmforge.it.support.GameClient.Received;
import dev.realmforge.it.support.Metrics;
import dev.realmforge.it.support.Players;
import dev.realmforge.it.support.ServerOutput;
import dev.realmforge.it.support.StalledClient;
import dev.realmforge.it.support.Wire;
import java.io.IOException;
import java.net.URL;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A client that stops reading while asking for large replies fills its bounded outbound queue and
 * is disconnected with a logged reason; a player beside it keeps its moves and its game updates.
 * Runs on the shared server with the default queue (256 frames, 1 MB), which the flood of chunk
 * answers (about 25 KB each) passes after some megabytes. The server's count of slow-client closes
 * is compared before and after (the server is shared, and HardeningIT cuts a slow reader too).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SlowClientIT {

    private static final String SLOW_CLOSES = "realmforge_ws_slow_client_closes_total";

    @ArquillianResource
    URL base;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.realmforgeWar();
    }

    @Test
    void aClientThatStopsReadingIsDisconnectedWhileOthersKeepTheirTick() throws Exception {
        Players players = new Players(base);
        Players.Player steadyPlayer = players.register("steady");
        Players.Player stalledPlayer = players.register("stalled");
        double closesBefore = slowCloses(base);
        long logMark = ServerOutput.mark();

        try (GameClient steady = GameClient.connect(base, Wire.JSON);
             StalledClient stalled = StalledClient.connect(base)) {
            steady.authenticate(steadyPlayer.token());
            stalled.sendText(envelope("cmd_authenticate", Map.of("token", stalledPlayer.token())));

            int sent = floodWithChunkQueries(stalled, base, closesBefore);
            awaitSlowClose(base, closesBefore);

            assertThat(stalled.awaitHangUp(Duration.ofSeconds(30)))
                    .as("the server ended the stalled connection after %d queries", sent)
                    .isIn(StalledClient.HangUp.values());
            assertThat(ServerOutput.awaitLine(logMark, "client too slow", Duration.ofSeconds(10))).isNotBlank();

            steady.discardReceived();
            steady.await(r -> r.type().equals("event_game_update"), "a game update after the disconnect");
            Received moved = steady.request("cmd_move", Map.of("direction", "RIGHT"));
            assertThat(moved.type()).as("the neighbour still plays: %s", moved.message()).isEqualTo("resp_success");
            assertThat(slowCloses(base) - closesBefore).as("only the stalled client").isEqualTo(1);
        }
    }

    /** rpg's count: the stand-in profile of the shared server has a sample of its own. */
    private static double slowCloses(URL base) {
        return Metrics.value(Metrics.read(base), SLOW_CLOSES, "profile", "rpg");
    }

    /** Asks for the largest chunk reply again and again without reading; returns how many were sent. */
    private static int floodWithChunkQueries(StalledClient stalled, URL base, double closesBefore) {
        byte[] query = envelope("query_chunks", Map.of("map_id", "samplemap", "chunk_x", 1, "chunk_y", 1, "radius", 5));
        int sent = 0;
        try {
            while (sent < 5000) {
                stalled.sendText(query);
                sent++;
                if (sent % 100 == 0 && slowCloses(base) > closesBefore) {
                    break;
                }
            }
        } catch (IOException serverStoppedListening) {
            // the server closed the connection while we were still sending: what we wait for
        }
        return sent;
    }

    private static void awaitSlowClose(URL base, double closesBefore) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (slowCloses(base) <= closesBefore) {
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
