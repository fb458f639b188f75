package dev.realmforge.it.support;

import static org.assertj.core.api.Assertions.assertThat;

import dev.realmforge.bench.client.ServerApi;
import java.net.URL;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Registers players with unique names (tests may run again on the same database) and logs them in,
 * through the shared client's {@link ServerApi}, asserting what the server answers.
 */
public final class Players {

    /** A registered account and a fresh token for it. */
    public record Player(long accountId, String username, String password, String token) {
    }

    private static final AtomicInteger COUNTER = new AtomicInteger();
    private static final String RUN = Long.toString(System.currentTimeMillis() % 1_000_000_000L, 36);

    private final Http http;
    private final ServerApi api;

    public Players(URL base) {
        this.http = new Http(base);
        this.api = new ServerApi(http);
    }

    public Http http() {
        return http;
    }

    public static String uniqueName(String prefix) {
        return prefix + "-" + RUN + "-" + COUNTER.incrementAndGet();
    }

    public Player register(String prefix) {
        String username = uniqueName(prefix);
        String password = "pw-" + username;
        Http.Reply created = api.register(username, password);
        assertThat(created.status()).as("register %s: %s", username, created.body()).isEqualTo(201);
        return new Player(created.body().get("id").asLong(), username, password, login(username, password));
    }

    public String login(String username, String password) {
        Http.Reply reply = api.login(username, password);
        assertThat(reply.status()).as("login %s: %s", username, reply.body()).isEqualTo(200);
        return ServerApi.accessToken(reply);
    }

    public String adminToken() {
        return login(System.getProperty("realmforge.it.admin-username"), System.getProperty("realmforge.it.admin-password"));
    }

    /** Registers a player and gives it a staff role (takes effect at its next login). */
    public Player registerWithRole(String prefix, String role) {
        Player player = register(prefix);
        Http.Reply changed = http.putAuthorized("/admin/accounts/" + player.username() + "/role", adminToken(),
                Map.of("role", role));
        assertThat(changed.status()).as("role change: %s", changed.body()).isEqualTo(200);
        return new Player(player.accountId(), player.username(), player.password(),
                login(player.username(), player.password()));
    }

    public void teleport(Player player, String mapId, int x, int y) {
        Http.Reply moved = api.place(adminToken(), player.username(), mapId, x, y);
        assertThat(moved.status()).as("teleport: %s", moved.body()).isEqualTo(204);
    }

    /** Creates items in the player's inventory through the staff API. */
    public void grant(Player player, int itemId, int quantity) {
        Http.Reply granted = http.postAuthorized("/admin/players/" + player.username() + "/items", adminToken(),
                Map.of("item_id", itemId, "quantity", quantity));
        assertThat(granted.status()).as("grant: %s", granted.body()).isEqualTo(204);
    }

    /** The item audit: one line per item id with held, created, destroyed and balanced. */
    public com.fasterxml.jackson.databind.JsonNode itemAudit() {
        Http.Reply audit = http.getAuthorized("/admin/items/audit", adminToken());
        assertThat(audit.status()).as("audit: %s", audit.body()).isEqualTo(200);
        return audit.body();
    }

    /** Every item's held count equals what the ledger created minus what it destroyed. */
    public void assertItemsBalanced() {
        assertThat(itemAudit()).allSatisfy(line -> assertThat(line.path("balanced").asBoolean())
                .as("item %s: held %s, created %s, destroyed %s", line.path("item_id"), line.path("held"),
                        line.path("created"), line.path("destroyed")).isTrue());
    }
}
