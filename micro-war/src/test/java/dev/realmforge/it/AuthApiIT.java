package dev.realmforge.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.realmforge.it.support.Deployments;
import dev.realmforge.it.support.Http;
import dev.realmforge.it.support.Players;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Registration, login, throttling, roles and bans over real HTTP against Payara Micro. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AuthApiIT {

    @ArquillianResource
    URL base;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.realmforgeWar();
    }

    private Http http() {
        return new Http(base);
    }

    @Test
    void registerCreatesAPlayerAccount() {
        String name = Players.uniqueName("reg");
        Http.Reply reply = http().postJson("/auth/register", Map.of("username", name, "password", "secret-pass"));
        assertThat(reply.status()).isEqualTo(201);
        assertThat(reply.body().get("username").asText()).isEqualTo(name);
        assertThat(reply.body().get("role").asText()).isEqualTo("player");
        assertThat(reply.body().get("id").asLong()).isPositive();
        assertThat(reply.body().has("password")).isFalse();
    }

    @Test
    void takenUsernameIsAConflictWhateverTheCase() {
        String name = Players.uniqueName("dup");
        assertThat(http().postJson("/auth/register", Map.of("username", name, "password", "secret-pass")).status())
                .isEqualTo(201);
        Http.Reply again = http().postJson("/auth/register", Map.of("username", name.toUpperCase(), "password", "secret-pass"));
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.body().get("error").asText()).isEqualTo("username_taken");
    }

    @Test
    void theServersOwnNameCannotBeRegisteredInAnyCase() {
        for (String name : new String[] {"System", "system", "SYSTEM"}) {
            Http.Reply reply = http().postJson("/auth/register", Map.of("username", name, "password", "secret-pass"));
            assertThat(reply.status()).as("register %s", name).isEqualTo(409);
            assertThat(reply.body().get("error").asText()).isEqualTo("username_taken");
        }
    }

    @Test
    void invalidRegistrationsAreBadRequestsWithAMessage() {
        assertBadRequest(Map.of("username", "ab", "password", "secret-pass"));
        assertBadRequest(Map.of("username", "x".repeat(33), "password", "secret-pass"));
        assertBadRequest(Map.of("username", "bad name", "password", "secret-pass"));
        assertBadRequest(Map.of("username", Players.uniqueName("pw"), "password", "short"));
        assertBadRequest(Map.of("username", Players.uniqueName("pw"), "password", "p".repeat(73)));
        assertBadRequest(Map.of("password", "secret-pass"));
        assertBadRequest(Map.of("username", 12345, "password", "secret-pass"));
        assertBadRequest(Map.of("username", Players.uniqueName("pw"), "password", 12345678));
        Http.Reply notJson = http().postRawJson("/auth/register", "{not json");
        assertThat(notJson.status()).isEqualTo(400);
        assertThat(notJson.body().get("message").asText()).isNotBlank();
    }

    private void assertBadRequest(Map<String, ?> body) {
        Http.Reply reply = http().postJson("/auth/register", body);
        assertThat(reply.status()).as("register %s", body).isEqualTo(400);
        assertThat(reply.body().get("error").asText()).isEqualTo("invalid_input");
        assertThat(reply.body().get("message").asText()).isNotBlank();
    }

    @Test
    void loginAcceptsJsonAndFormAndReturnsABearerToken() {
        Players.Player player = new Players(base).register("login");
        Http.Reply json = http().postJson("/auth/login", Map.of("username", player.username(), "password", player.password()));
        Http.Reply form = http().postForm("/auth/login", "username=" + player.username() + "&password=" + player.password());
        for (Http.Reply reply : new Http.Reply[] {json, form}) {
            assertThat(reply.status()).isEqualTo(200);
            assertThat(reply.body().get("token_type").asText()).isEqualTo("bearer");
            assertThat(reply.body().get("expires_in").asLong()).isEqualTo(86_400);
            assertThat(reply.body().get("access_token").asText()).matches("[\\w-]+\\.[\\w-]+\\.[\\w-]+");
        }
    }

    @Test
    void loginWithoutAUsernameOrPasswordOrWithNonStringsIsABadRequest() {
        Players.Player player = new Players(base).register("malformed");
        for (String body : new String[] {
                "{\"password\": \"" + player.password() + "\"}",
                "{\"username\": \"" + player.username() + "\"}",
                "{}",
                "{\"username\": 12345, \"password\": \"" + player.password() + "\"}",
                "{\"username\": \"" + player.username() + "\", \"password\": 12345678}",
                "{\"username\": \"" + player.username() + "\", \"password\": true}",
                "{\"username\": [\"" + player.username() + "\"], \"password\": \"" + player.password() + "\"}",
                "{\"username\": {}, \"password\": \"" + player.password() + "\"}"}) {
            Http.Reply reply = http().postRawJson("/auth/login", body);
            assertThat(reply.status()).as("login %s", body).isEqualTo(400);
            assertThat(reply.body().get("error").asText()).isEqualTo("invalid_input");
        }
        assertThat(http().postForm("/auth/login", "password=" + player.password()).status())
                .as("a form without username").isEqualTo(400);
        assertThat(new Players(base).login(player.username(), player.password()))
                .as("malformed requests do not count as failures").isNotBlank();
    }

    @Test
    void wrongPasswordAndUnknownUserAreUnauthorized() {
        Players.Player player = new Players(base).register("badpw");
        assertThat(http().postJson("/auth/login", Map.of("username", player.username(), "password", "not-the-password"))
                .status()).isEqualTo(401);
        assertThat(http().postJson("/auth/login", Map.of("username", Players.uniqueName("ghost"), "password", "whatever1"))
                .status()).isEqualTo(401);
    }

    @Test
    void repeatedFailuresOnOneAccountAreThrottledEvenWithTheRightPassword() {
        Players.Player player = new Players(base).register("throttle");
        for (int i = 0; i < 5; i++) {
            assertThat(http().postJson("/auth/login", Map.of("username", player.username(), "password", "wrong-" + i))
                    .status()).isEqualTo(401);
        }
        Http.Reply blocked = http().postJson("/auth/login", Map.of("username", player.username(), "password", player.password()));
        assertThat(blocked.status()).isEqualTo(429);
        assertThat(blocked.retryAfter()).hasValueSatisfying(seconds -> assertThat(Long.parseLong(seconds)).isPositive());
    }

    @Test
    void concurrentRegistrationsOfOneNameMakeOneAccount() throws Exception {
        String name = Players.uniqueName("twin");
        int attempts = 8;
        ExecutorService pool = Executors.newFixedThreadPool(attempts);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<Integer>> statuses = new ArrayList<>();
        for (int i = 0; i < attempts; i++) {
            statuses.add(pool.submit(() -> {
                go.await();
                return http().postJson("/auth/register", Map.of("username", name, "password", "twin-password"))
                        .status();
            }));
        }
        go.countDown();
        List<Integer> seen = new ArrayList<>();
        for (Future<Integer> status : statuses) {
            seen.add(status.get(60, TimeUnit.SECONDS));
        }
        pool.shutdown();
        assertThat(seen).as("statuses %s", seen).containsOnly(201, 409);
        assertThat(seen.stream().filter(s -> s == 201).count()).as("statuses %s", seen).isEqualTo(1);
        assertThat(http().postJson("/auth/login", Map.of("username", name, "password", "twin-password")).status())
                .isEqualTo(200);
    }

    @Test
    void concurrentWrongPasswordsForOneAccountCheckAtMostTheLimit() throws Exception {
        Players.Player player = new Players(base).register("race");
        int attempts = 12;
        ExecutorService pool = Executors.newFixedThreadPool(attempts);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<Integer>> statuses = new ArrayList<>();
        for (int i = 0; i < attempts; i++) {
            String password = "wrong-" + i;
            statuses.add(pool.submit(() -> {
                go.await();
                return http().postJson("/auth/login", Map.of("username", player.username(), "password", password))
                        .status();
            }));
        }
        go.countDown();
        List<Integer> seen = new ArrayList<>();
        for (Future<Integer> status : statuses) {
            seen.add(status.get(60, TimeUnit.SECONDS));
        }
        pool.shutdown();
        assertThat(seen).as("statuses %s", seen).containsOnly(401, 429);
        assertThat(seen.stream().filter(s -> s == 401).count()).as("statuses %s", seen).isLessThanOrEqualTo(5);
    }

    @Test
    void bannedAccountCannotLogInUntilUnbanned() {
        Players players = new Players(base);
        Players.Player player = players.register("banned");
        assertThat(http().postAuthorized("/admin/accounts/" + player.username() + "/ban", players.adminToken()).status())
                .isEqualTo(204);
        Http.Reply refused = http().postJson("/auth/login", Map.of("username", player.username(), "password", player.password()));
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.body().get("error").asText()).isEqualTo("banned");

        assertThat(http().postAuthorized("/admin/accounts/" + player.username() + "/unban", players.adminToken()).status())
                .isEqualTo(204);
        assertThat(players.login(player.username(), player.password())).isNotBlank();
    }

    @Test
    void staffToolsNeedAStaffToken() {
        Players players = new Players(base);
        Players.Player player = players.register("nostaff");
        Players.Player victim = players.register("victim");
        assertThat(http().postAuthorized("/admin/accounts/" + victim.username() + "/ban", player.token()).status())
                .isEqualTo(403);
        assertThat(http().postAuthorized("/admin/accounts/" + victim.username() + "/ban", "garbage").status())
                .isEqualTo(401);
        Players.Player moderator = players.registerWithRole("mod", "moderator");
        assertThat(http().putAuthorized("/admin/accounts/" + victim.username() + "/role", moderator.token(),
                Map.of("role", "admin")).status()).as("only admins change roles").isEqualTo(403);
        assertThat(http().postAuthorized("/admin/accounts/" + Players.uniqueName("nobody") + "/ban", moderator.token())
                .status()).isEqualTo(404);
    }

    @Test
    void staffCannotBanTheirEqualsOrSuperiorsAndAdminsCannotChangeTheirOwnRole() {
        Players players = new Players(base);
        Players.Player moderator = players.registerWithRole("modrank", "moderator");
        Players.Player otherModerator = players.registerWithRole("modpeer", "moderator");
        String adminName = System.getProperty("realmforge.it.admin-username");
        assertThat(http().postAuthorized("/admin/accounts/" + adminName + "/ban", moderator.token()).status())
                .isEqualTo(403);
        assertThat(http().postAuthorized("/admin/accounts/" + otherModerator.username() + "/ban", moderator.token())
                .status()).isEqualTo(403);
        assertThat(http().putAuthorized("/admin/accounts/" + adminName + "/role", players.adminToken(),
                Map.of("role", "player")).status()).isEqualTo(403);
        assertThat(players.login(adminName, System.getProperty("realmforge.it.admin-password"))).isNotBlank();
    }

    @Test
    void teleportOnlyTakesAnOpenTileOfALoadedMap() {
        Players players = new Players(base);
        Players.Player player = players.register("tele");
        String path = "/admin/players/" + player.username() + "/position";
        assertThat(http().putAuthorized(path, players.adminToken(), Map.of("map_id", "atlantis", "x", 1, "y", 1)).status())
                .isEqualTo(400);
        assertThat(http().putAuthorized(path, players.adminToken(), Map.of("map_id", "samplemap", "x", 0, "y", 0)).status())
                .as("a wall").isEqualTo(400);
        assertThat(http().putAuthorized(path, players.adminToken(), Map.of("map_id", "samplemap", "x", 99, "y", 1)).status())
                .as("off the map").isEqualTo(400);
        assertThat(http().putAuthorized(path, players.adminToken(), Map.of("map_id", "samplemap", "x", 1, "y", 1)).status())
                .isEqualTo(204);
    }

    @Test
    void staffBodiesWithValuesOfTheWrongJsonTypeAreBadRequests() {
        Players players = new Players(base);
        Players.Player player = players.register("types");
        String admin = players.adminToken();
        String items = "/admin/players/" + player.username() + "/items";
        String position = "/admin/players/" + player.username() + "/position";
        for (Map<String, ?> body : java.util.List.of(Map.of("item_id", "2"), Map.of("item_id", 2, "quantity", 1.5),
                Map.of("item_id", 2.0), Map.of("item_id", 2, "quantity", "3"), Map.of("item_id", true))) {
            Http.Reply reply = http().postAuthorized(items, admin, body);
            assertThat(reply.status()).as("grant %s", body).isEqualTo(400);
            assertThat(reply.body().get("error").asText()).isEqualTo("invalid_input");
        }
        for (Map<String, ?> body : java.util.List.of(Map.of("map_id", "samplemap", "x", 10.5, "y", 10),
                Map.of("map_id", "samplemap", "x", "10", "y", 10), Map.of("map_id", 7, "x", 10, "y", 10))) {
            Http.Reply reply = http().putAuthorized(position, admin, body);
            assertThat(reply.status()).as("teleport %s", body).isEqualTo(400);
            assertThat(reply.body().get("error").asText()).isEqualTo("invalid_input");
        }
        assertThat(players.itemAudit()).as("nothing was granted").allSatisfy(line ->
                assertThat(line.path("balanced").asBoolean()).isTrue());
    }

    @Test
    void grantingPastTheStackLimitOfAnOfflinePlayerIsAConflict() {
        Players players = new Players(base);
        Players.Player player = players.register("overflow");
        Http.Reply reply = http().postAuthorized("/admin/players/" + player.username() + "/items", players.adminToken(),
                Map.of("item_id", 2, "quantity", Integer.MAX_VALUE)); // onto the 25 coins of the starter kit
        assertThat(reply.status()).as("%s", reply.body()).isEqualTo(409);
        assertThat(reply.body().get("error").asText()).isEqualTo("conflict");
        assertThat(reply.body().get("message").asText()).contains("2147483647");
        players.assertItemsBalanced();
    }

    @Test
    void configuredAdminIsBootstrapped() {
        Players players = new Players(base);
        Players.Player target = players.register("promote");
        Http.Reply promoted = http().putAuthorized("/admin/accounts/" + target.username() + "/role", players.adminToken(),
                Map.of("role", "moderator"));
        assertThat(promoted.status()).isEqualTo(200);
        assertThat(promoted.body().get("role").asText()).isEqualTo("moderator");
    }
}
