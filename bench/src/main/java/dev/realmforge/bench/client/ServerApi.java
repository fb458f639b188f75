package dev.realmforge.bench.client;

import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Supplier;

/**
 * The server's HTTP side that both the swarm and the tests use: accounts (register, log in), the
 * staff placement of an offline player, the metrics endpoint, and where the rpg socket is.
 * {@link #register} and {@link #login} return the reply for the caller to judge; the sign-in
 * helpers throw when the server refuses.
 */
public final class ServerApi {

    /** How often a client tries a busy server before it gives up. */
    public static final int BUSY_TRIES = 30;

    private final JsonHttp http;
    private final LongAdder busyRetries = new LongAdder();

    public ServerApi(JsonHttp http) {
        this.http = http;
    }

    public JsonHttp http() {
        return http;
    }

    /** POST /auth/register: 201 with the account's {@code id}, 409 when the name is taken. */
    public JsonHttp.Reply register(String username, String password) {
        return http.postJson("/auth/register", Map.of("username", username, "password", password));
    }

    /** POST /auth/login: 200 with an {@code access_token}. */
    public JsonHttp.Reply login(String username, String password) {
        return http.postJson("/auth/login", Map.of("username", username, "password", password));
    }

    /** The token of a successful {@link #login} reply. */
    public static String accessToken(JsonHttp.Reply login) {
        return login.body().path("access_token").asText();
    }

    /**
     * Logs in and returns the access token, as a client would: a 429 (the server too busy to check
     * the password, or a throttle) is tried again after its Retry-After, up to {@link #BUSY_TRIES}
     * times in all; anything else but 200 throws.
     */
    public String signIn(String username, String password) {
        JsonHttp.Reply reply = untilNotBusy(() -> login(username, password));
        if (reply.status() != 200) {
            throw new IllegalStateException("login of " + username + " answered " + reply.status() + ": " + reply.body());
        }
        return accessToken(reply);
    }

    /** Asks until the answer is not 429 (waiting its Retry-After each time), or {@link #BUSY_TRIES} times. */
    private JsonHttp.Reply untilNotBusy(Supplier<JsonHttp.Reply> ask) {
        for (int tries = 1; ; tries++) {
            JsonHttp.Reply reply = ask.get();
            if (reply.status() != 429 || tries == BUSY_TRIES) {
                return reply;
            }
            busyRetries.increment();
            pause(Duration.ofSeconds(reply.retryAfter().map(Long::parseLong).orElse(1L)));
        }
    }

    /** Logins and registrations tried again after a 429, since this API was made. */
    public long busyRetries() {
        return busyRetries.sum();
    }

    /** Waits {@code wait} and up to a quarter second more, so that refused clients do not come back at once together. */
    public static void pause(Duration wait) {
        try {
            Thread.sleep(wait.toMillis() + ThreadLocalRandom.current().nextLong(250));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting to try again", e);
        }
    }

    /** Registers the account if it does not exist yet, then logs in; returns an access token. */
    public String registerOrSignIn(String username, String password) {
        registerIfNew(username, password);
        return signIn(username, password);
    }

    /**
     * Registers the account unless the name is taken already (409); a 429 is tried again as in
     * {@link #signIn}; anything else throws.
     */
    public void registerIfNew(String username, String password) {
        int status = untilNotBusy(() -> register(username, password)).status();
        if (status != 201 && status != 409) {
            throw new IllegalStateException("registering " + username + " answered " + status);
        }
    }

    /** PUT /admin/players/{name}/position (staff): 204 when the offline player was moved onto the open tile. */
    public JsonHttp.Reply place(String staffToken, String username, String mapId, int x, int y) {
        return http.putAuthorized("/admin/players/" + username + "/position", staffToken,
                Map.of("map_id", mapId, "x", x, "y", y));
    }

    /** The application metrics in Prometheus text format. */
    public String metrics() {
        return http.text(root("/metrics?scope=application"));
    }

    /** The base metrics (JVM heap and the like). */
    public String baseMetrics() {
        return http.text(root("/metrics?scope=base"));
    }

    /** A path at the server's root, where Payara serves the metrics whatever the context root. */
    private URI root(String path) {
        URI base = http.uri("");
        return URI.create(base.getScheme() + "://" + base.getRawAuthority() + path);
    }

    /** The rpg socket. */
    public URI webSocket() {
        return RpgSocket.uri(http.uri(""));
    }
}
