package dev.realmforge.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.realmforge.it.support.Deployments;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The operators' health endpoints of a running server: ready and live, with what each checked. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class HealthIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient CLIENT = HttpClient.newHttpClient();

    @ArquillianResource
    URL base;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.realmforgeWar();
    }

    private HttpResponse<String> get(String path) throws Exception {
        URI uri = URI.create(base.getProtocol() + "://" + base.getHost() + ":" + base.getPort() + path);
        return CLIENT.send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static JsonNode check(JsonNode health, String name) {
        for (JsonNode check : health.path("checks")) {
            if (check.path("name").asText().equals(name)) {
                return check;
            }
        }
        throw new AssertionError("no check " + name + " in " + health);
    }

    @Test
    void readyReportsTheDatabaseTheMigrationsAndTheTickLoop() throws Exception {
        HttpResponse<String> response = get("/health/ready");

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        JsonNode ready = check(JSON.readTree(response.body()), "realmforge-ready");
        assertThat(ready.path("status").asText()).isEqualTo("UP");
        assertThat(ready.path("data").path("database").asText()).isEqualTo("up");
        assertThat(ready.path("data").path("pending-migrations").asInt(-1)).isZero();
        assertThat(ready.path("data").path("tick-loop").asText()).isEqualTo("running");
        assertThat(ready.path("data").path("zones").asText()).contains("rpg");
    }

    @Test
    void liveReportsEveryZoneWithTheTimeSinceItsLastTick() throws Exception {
        HttpResponse<String> response = get("/health/live");

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        JsonNode live = check(JSON.readTree(response.body()), "realmforge-zones");
        assertThat(live.path("status").asText()).isEqualTo("UP");
        long sinceTick = live.path("data").path("rpg-ms-since-tick").asLong(-1);
        assertThat(sinceTick).as(response.body()).isBetween(0L, 10_000L);
        assertThat(live.path("data").has("stalled")).isFalse();
    }
}
