package dev.realmforge.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;

/** The HTTP side of the server: accounts, the staff teleport and the metrics endpoint. */
public final class ServerApi {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final URI server;
    private final HttpClient http;

    ServerApi(URI server, HttpClient http) {
        this.server = server;
        this.http = http;
    }

    /** Registers the account if it does not exist yet, then logs in; returns an access token. */
    public String registerOrLogin(String username, String password) {
        int status = post("/auth/register", Map.of("username", username, "password", password), null).statusCode();
        if (status != 201 && status != 409) {
            throw new IllegalStateException("registering " + username + " answered " + status);
        }
        return login(username, password);
    }

    public String login(String username, String password) {
        HttpResponse<String> reply = post("/auth/login", Map.of("username", username, "password", password), null);
        if (reply.statusCode() != 200) {
            throw new IllegalStateException("login of " + username + " answered " + reply.statusCode() + ": " + reply.body());
        }
        return read(reply.body()).path("access_token").asText();
    }

    /** Moves an offline player (staff API); false when the tile is not open. */
    public boolean place(String adminToken, String username, String mapId, int x, int y) {
        HttpRequest request = HttpRequest.newBuilder(endpoint("/admin/players/" + username + "/position"))
                .timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + adminToken).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(write(Map.of("map_id", mapId, "x", x, "y", y)))).build();
        return send(request).statusCode() == 204;
    }

    /** The application metrics in Prometheus text format. */
    public String metrics() {
        return send(HttpRequest.newBuilder(root("/metrics?scope=application"))
                .timeout(Duration.ofSeconds(30)).GET().build()).body();
    }

    /** The base metrics (JVM heap and the like). */
    String baseMetrics() {
        return send(HttpRequest.newBuilder(root("/metrics?scope=base"))
                .timeout(Duration.ofSeconds(30)).GET().build()).body();
    }

    /** A path under the application's base URL (which may carry a context root). */
    private URI endpoint(String path) {
        return URI.create(server + path);
    }

    /** A path at the server's root, where Payara serves the metrics whatever the context root. */
    private URI root(String path) {
        return URI.create(server.getScheme() + "://" + server.getAuthority() + path);
    }

    public URI webSocket() {
        return URI.create(server.toString().replaceFirst("^http", "ws") + "/ws");
    }

    private HttpResponse<String> post(String path, Map<String, ?> body, String token) {
        HttpRequest.Builder request = HttpRequest.newBuilder(endpoint(path)).timeout(Duration.ofSeconds(60))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(write(body)));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return send(request.build());
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(request.uri() + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    private static String write(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static JsonNode read(String text) {
        try {
            return JSON.readTree(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
