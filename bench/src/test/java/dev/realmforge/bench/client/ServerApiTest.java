package dev.realmforge.bench.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Sign-in, placement and metrics against a stand-in server on the loopback address, under a context root. */
class ServerApiTest {

    private HttpServer server;
    private ServerApi api;
    private final List<String> calls = new CopyOnWriteArrayList<>();
    private final AtomicInteger busyAnswers = new AtomicInteger();

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/app/auth/register", ex -> {
            String body = body(ex);
            answer(ex, body.contains("\"taken\"") ? 409 : 201, "{\"id\":7}");
        });
        server.createContext("/app/auth/login", ex -> {
            String body = body(ex);
            if (body.contains("\"busy\"") && busyAnswers.getAndDecrement() > 0) {
                ex.getResponseHeaders().add("Retry-After", "0");
                answer(ex, 429, "{\"error\":\"throttled\"}");
            } else if (body.contains("\"password\":\"right\"")) {
                answer(ex, 200, "{\"access_token\":\"token-of-" + (body.contains("taken") ? "taken" : "new") + "\"}");
            } else {
                answer(ex, 401, "{\"error_code\":\"AUTHENTICATION_FAILED\"}");
            }
        });
        server.createContext("/app/admin/players/", ex -> {
            body(ex);
            answer(ex, 204, "");
        });
        server.createContext("/metrics", ex -> answer(ex, 200, "realmforge_tick_count 5.0\n"));
        server.start();
        URI base = URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/app/");
        api = new ServerApi(new JsonHttp(HttpClient.newHttpClient(), base, Duration.ofSeconds(10)));
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    @Test
    void aBusyAnswerIsTriedAgainAndCountedUntilTheTriesRunOut() {
        busyAnswers.set(2);
        assertThat(api.signIn("busy", "right")).isEqualTo("token-of-new");
        assertThat(api.busyRetries()).isEqualTo(2);

        busyAnswers.set(ServerApi.BUSY_TRIES);
        assertThatThrownBy(() -> api.signIn("busy", "right")).hasMessageContaining("answered 429");
        assertThat(api.busyRetries()).isEqualTo(2 + ServerApi.BUSY_TRIES - 1);
    }

    @Test
    void signsInRegisteringWhenNeededAndReadsTheRest() {
        assertThat(api.registerOrSignIn("new", "right")).isEqualTo("token-of-new");
        assertThat(api.registerOrSignIn("taken", "right")).as("an existing account only logs in").isEqualTo("token-of-taken");
        assertThatThrownBy(() -> api.signIn("new", "wrong")).hasMessageContaining("answered 401");

        JsonHttp.Reply created = api.register("someone", "right");
        assertThat(created.status()).isEqualTo(201);
        assertThat(created.body().path("id").asLong()).isEqualTo(7);
        assertThat(ServerApi.accessToken(api.login("someone", "right"))).isEqualTo("token-of-new");

        assertThat(api.place("staff", "someone", "samplemap", 3, 4).status()).isEqualTo(204);
        String placed = calls.get(calls.size() - 1);
        assertThat(placed).startsWith("PUT /app/admin/players/someone/position Bearer staff ");
        assertThat(Encoding.JSON.decode(placed.substring(placed.indexOf('{')).getBytes(StandardCharsets.UTF_8)))
                .isEqualTo(Encoding.JSON.decode("{\"map_id\":\"samplemap\",\"x\":3,\"y\":4}".getBytes(StandardCharsets.UTF_8)));
        assertThat(PrometheusText.sample(api.metrics(), "realmforge_tick_count").getAsDouble())
                .as("metrics at the server's root, whatever the context root").isEqualTo(5.0);
        assertThat(api.webSocket().toString()).endsWith("/app/ws").startsWith("ws://");
    }

    private String body(HttpExchange ex) throws IOException {
        String body = new String(ex.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        String auth = ex.getRequestHeaders().getFirst("Authorization");
        calls.add(ex.getRequestMethod() + " " + ex.getRequestURI() + (auth == null ? "" : " " + auth) + " " + body);
        return body;
    }

    private static void answer(HttpExchange ex, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        ex.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
        if (bytes.length > 0) {
            ex.getResponseBody().write(bytes);
        }
        ex.close();
    }
}
