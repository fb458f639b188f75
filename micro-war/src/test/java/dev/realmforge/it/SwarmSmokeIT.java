package dev.realmforge.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.realmforge.bench.Swarm;
import dev.realmforge.bench.SwarmOptions;
import dev.realmforge.it.support.Deployments;
import dev.realmforge.it.support.Players;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A few seconds of the bot swarm against a real server: bots connect, move and receive updates
 * with zero errors, and the report and chart are written. No timing is asserted.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SwarmSmokeIT {

    @ArquillianResource
    URL base;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.realmforgeWar();
    }

    @Test
    @SuppressWarnings("unchecked")
    void aSmallSwarmConnectsMovesAndSeesUpdatesWithoutErrors() throws Exception {
        System.setProperty("java.awt.headless", "true");
        Path out = Files.createDirectories(Path.of("target", "swarm-smoke"));
        SwarmOptions options = SwarmOptions.parse("--url", base.toString(), "--bots", "6", "--scenario", "crowd",
                "--duration", "5", "--warmup", "2", "--ramp", "6", "--chat", "2",
                "--prefix", Players.uniqueName("smoke"),
                "--admin", System.getProperty("realmforge.it.admin-username") + ":"
                        + System.getProperty("realmforge.it.admin-password"),
                "--out", out.toString());

        Map<String, Object> figures = new Swarm(options, line -> { }).run();

        assertThat(figures.get("connected_at_end")).isEqualTo(6L);
        assertThat((Map<String, Object>) figures.get("errors")).isEmpty();
        assertThat(figures.get("disconnects")).isEqualTo(0L);
        assertThat((Long) ((Map<String, Object>) figures.get("cmd_move_round_trip_ms")).get("count")).isPositive();
        assertThat((Long) ((Map<String, Object>) figures.get("update_age_ms")).get("count")).isPositive();
        assertThat(out.resolve("report.json")).isNotEmptyFile();
        assertThat(out.resolve("timeline.png")).isNotEmptyFile();
    }
}
