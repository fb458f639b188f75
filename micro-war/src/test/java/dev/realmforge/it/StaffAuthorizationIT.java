package dev.realmforge.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.realmforge.it.support.Deployments;
import dev.realmforge.it.support.GameClient;
import dev.realmforge.it.support.Players;
import dev.realmforge.it.support.RawHttp;
import dev.realmforge.it.support.Tokens;
import dev.realmforge.it.support.Wire;
import java.net.URL;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Who may use the staff API, as the platform decides it (Jakarta Security and {@code @RolesAllowed},
 * ADR 0030): the exact 401 and 403 answers, roles and bans read from the database on every request,
 * and the paths the bearer mechanism must leave alone.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class StaffAuthorizationIT {

    static final String UNAUTHENTICATED = "{\"error\":\"unauthenticated\",\"message\":\"a valid bearer token is required\"}";

    static String forbidden(String role) {
        return "{\"error\":\"forbidden\",\"message\":\"requires the " + role + " role\"}";
    }

    @ArquillianResource
    URL base;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.realmforgeWar();
    }

    private RawHttp http() {
        return new RawHttp(base);
    }

    static void assertAnswer(RawHttp.Reply reply, int status, String body) {
        assertThat(reply.status()).as("status of %s", reply.body()).isEqualTo(status);
        assertThat(reply.body()).isEqualTo(body);
        assertThat(reply.contentType()).isEqualTo("application/json");
        assertThat(reply.headers().firstValue("WWW-Authenticate")).isEmpty();
        assertThat(reply.headers().firstValue("Set-Cookie")).as("no session is made").isEmpty();
    }

    @Test
    void withoutAUsableTokenEveryStaffCallIsTheSame401() {
        Players players = new Players(base);
        Players.Player target = players.register("anon");
        Players.Player banned = players.register("gone");
        String admin = players.adminToken();
        assertThat(players.http().postAuthorized("/admin/accounts/" + banned.username() + "/ban", admin).status())
                .isEqualTo(204);
        String grant = "{\"item_id\": 2, \"quantity\": 1}";
        for (Map<String, String> headers : java.util.List.of(Map.<String, String>of(),
                RawHttp.bearer("garbage"), RawHttp.bearer(""),
                RawHttp.bearer(Tokens.expiredFor(target.accountId())),
                RawHttp.bearer(Tokens.signedWithAnotherSecret(target.accountId())),
                RawHttp.bearer(Tokens.notYetValidFor(target.accountId())),
                RawHttp.bearer(banned.token()),
                Map.of("Authorization", "bearer " + admin),
                Map.of("Authorization", "Basic aXQtYWRtaW46aXQtYWRtaW4tcGFzc3dvcmQ="))) {
            assertAnswer(http().send("POST", "/admin/accounts/" + target.username() + "/ban", headers, null), 401,
                    UNAUTHENTICATED);
            assertAnswer(http().send("PUT", "/admin/accounts/" + target.username() + "/role", headers,
                    "{\"role\": \"admin\"}"), 401, UNAUTHENTICATED);
            assertAnswer(http().send("PUT", "/admin/players/" + target.username() + "/position", headers,
                    "{\"map_id\": \"samplemap\", \"x\": 1, \"y\": 1}"), 401, UNAUTHENTICATED);
            assertAnswer(http().send("POST", "/admin/players/" + target.username() + "/items", headers, grant), 401,
                    UNAUTHENTICATED);
            assertAnswer(http().send("GET", "/admin/items/audit", headers, null), 401, UNAUTHENTICATED);
        }
        assertThat(players.login(target.username(), target.password())).as("nobody banned the target").isNotBlank();
    }

    @Test
    void aRoleTooLowIsA403NamingTheRoleNeeded() {
        Players players = new Players(base);
        Players.Player player = players.register("low");
        Players.Player moderator = players.registerWithRole("lowmod", "moderator");
        Players.Player target = players.register("target");
        String grant = "{\"item_id\": 2, \"quantity\": 1}";
        Map<String, String> asPlayer = RawHttp.bearer(player.token());
        Map<String, String> asModerator = RawHttp.bearer(moderator.token());

        assertAnswer(http().send("POST", "/admin/accounts/" + target.username() + "/ban", asPlayer, null), 403,
                forbidden("moderator"));
        assertAnswer(http().send("POST", "/admin/accounts/" + target.username() + "/unban", asPlayer, null), 403,
                forbidden("moderator"));
        assertAnswer(http().send("PUT", "/admin/players/" + target.username() + "/position", asPlayer,
                "{\"map_id\": \"samplemap\", \"x\": 1, \"y\": 1}"), 403, forbidden("moderator"));
        for (Map<String, String> caller : java.util.List.of(asPlayer, asModerator)) {
            assertAnswer(http().send("PUT", "/admin/accounts/" + target.username() + "/role", caller,
                    "{\"role\": \"admin\"}"), 403, forbidden("admin"));
            assertAnswer(http().send("POST", "/admin/players/" + target.username() + "/items", caller, grant), 403,
                    forbidden("admin"));
            assertAnswer(http().send("GET", "/admin/items/audit", caller, null), 403, forbidden("admin"));
        }
        assertThat(http().send("PUT", "/admin/players/" + target.username() + "/position", asModerator,
                "{\"map_id\": \"samplemap\", \"x\": 1, \"y\": 1}").status()).as("moderators teleport").isEqualTo(204);
    }

    @Test
    void aDemotionOrABanTakesEffectOnTheSameTokensNextRequest() {
        Players players = new Players(base);
        Players.Player moderator = players.registerWithRole("demoted", "moderator");
        Players.Player first = players.register("victim1");
        Players.Player second = players.register("victim2");
        Map<String, String> asModerator = RawHttp.bearer(moderator.token());
        assertThat(http().send("POST", "/admin/accounts/" + first.username() + "/ban", asModerator, null).status())
                .isEqualTo(204);

        assertThat(players.http().putAuthorized("/admin/accounts/" + moderator.username() + "/role", players.adminToken(),
                Map.of("role", "player")).status()).isEqualTo(200);
        assertAnswer(http().send("POST", "/admin/accounts/" + second.username() + "/ban", asModerator, null), 403,
                forbidden("moderator"));

        assertThat(players.http().putAuthorized("/admin/accounts/" + moderator.username() + "/role", players.adminToken(),
                Map.of("role", "moderator")).status()).isEqualTo(200);
        assertThat(http().send("POST", "/admin/accounts/" + second.username() + "/ban", asModerator, null).status())
                .as("promoted again, the old token works again").isEqualTo(204);

        assertThat(players.http().postAuthorized("/admin/accounts/" + moderator.username() + "/ban", players.adminToken())
                .status()).isEqualTo(204);
        assertAnswer(http().send("POST", "/admin/accounts/" + first.username() + "/unban", asModerator, null), 401,
                UNAUTHENTICATED);
    }

    @Test
    void aPromotedPlayersOldTokenGainsTheRoleAtOnce() {
        Players players = new Players(base);
        Players.Player player = players.register("promoted");
        Players.Player target = players.register("target");
        Map<String, String> asPlayer = RawHttp.bearer(player.token());
        assertThat(http().send("POST", "/admin/accounts/" + target.username() + "/ban", asPlayer, null).status())
                .isEqualTo(403);
        assertThat(players.http().putAuthorized("/admin/accounts/" + player.username() + "/role", players.adminToken(),
                Map.of("role", "admin")).status()).isEqualTo(200);
        assertThat(http().send("GET", "/admin/items/audit", asPlayer, null).status()).isEqualTo(200);
        assertThat(http().send("POST", "/admin/accounts/" + target.username() + "/ban", asPlayer, null).status())
                .as("an admin is also a moderator").isEqualTo(204);
    }

    @Test
    void anAdminsStaffCallsMakeNoSession() {
        RawHttp.Reply audit = http().send("GET", "/admin/items/audit", RawHttp.bearer(new Players(base).adminToken()), null);
        assertThat(audit.status()).isEqualTo(200);
        assertThat(audit.headers().firstValue("Set-Cookie")).isEmpty();
    }

    @Test
    void bearerHeadersDoNotMatterOutsideTheStaffApi() {
        Players players = new Players(base);
        Players.Player player = players.register("open");
        String login = "{\"username\": \"" + player.username() + "\", \"password\": \"" + player.password() + "\"}";
        for (Map<String, String> headers : java.util.List.of(RawHttp.bearer("garbage"), RawHttp.bearer(player.token()),
                RawHttp.bearer(players.adminToken()))) {
            RawHttp.Reply reply = http().send("POST", "/auth/login", headers, login);
            assertThat(reply.status()).as("login with %s", headers).isEqualTo(200);
            assertThat(reply.headers().firstValue("Set-Cookie")).isEmpty();
            String name = Players.uniqueName("openreg");
            assertThat(http().send("POST", "/auth/register", headers,
                    "{\"username\": \"" + name + "\", \"password\": \"secret-pass\"}").status()).isEqualTo(201);
        }
        assertThat(http().send("GET", "/no/such/path", RawHttp.bearer("garbage"), null).status()).isEqualTo(404);
    }

    @Test
    void aWebSocketUpgradeWithAnAuthorizationHeaderIsUntouched() {
        Players players = new Players(base);
        for (String header : new String[] {"Bearer garbage", "Bearer " + players.adminToken()}) {
            Players.Player player = players.register("wsheader");
            try (GameClient client = GameClient.connect(base, Wire.JSON, Map.of("Authorization", header))) {
                assertThat(client.authenticate(player.token()).payload().path("username").asText())
                        .isEqualTo(player.username());
            }
        }
    }
}
