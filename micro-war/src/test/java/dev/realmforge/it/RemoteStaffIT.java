package dev.realmforge.it;

import static dev.realmforge.it.StaffAuthorizationIT.UNAUTHENTICATED;
import static dev.realmforge.it.StaffAuthorizationIT.assertAnswer;
import static dev.realmforge.it.StaffAuthorizationIT.forbidden;
import static org.assertj.core.api.Assertions.assertThat;

import dev.realmforge.it.support.Players;
import dev.realmforge.it.support.RawHttp;
import java.net.MalformedURLException;
import java.net.URI;
import java.net.URL;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * The staff API's authentication and role checks against an already running server, given by
 * {@code -Drealmforge.remote.url}: used by bin/test to prove on Payara Server (the EAR) that the
 * bearer mechanism runs and that the roles map to the callers' groups there too (ADR 0030). The
 * server's configured admin is {@code realmforge.it.admin-username}. Skipped when no URL is given.
 */
@EnabledIfSystemProperty(named = "realmforge.remote.url", matches = ".+")
class RemoteStaffIT {

    private static URL base() {
        try {
            return URI.create(System.getProperty("realmforge.remote.url")).toURL();
        } catch (MalformedURLException e) {
            throw new IllegalArgumentException(e);
        }
    }

    @Test
    void rolesComeFromTheDatabaseAndMapToTheirGroups() {
        Players players = new Players(base());
        RawHttp http = new RawHttp(base());
        Players.Player target = players.register("remotetarget");
        String ban = "/admin/accounts/" + target.username() + "/ban";

        assertAnswer(http.send("POST", ban, Map.of(), null), 401, UNAUTHENTICATED);
        assertAnswer(http.send("POST", ban, RawHttp.bearer("garbage"), null), 401, UNAUTHENTICATED);
        Players.Player player = players.register("remoteplayer");
        assertAnswer(http.send("POST", ban, RawHttp.bearer(player.token()), null), 403, forbidden("moderator"));

        Players.Player moderator = players.registerWithRole("remotemod", "moderator");
        assertAnswer(http.send("GET", "/admin/items/audit", RawHttp.bearer(moderator.token()), null), 403,
                forbidden("admin"));
        assertThat(http.send("POST", ban, RawHttp.bearer(moderator.token()), null).status()).isEqualTo(204);

        assertThat(players.http().putAuthorized("/admin/accounts/" + moderator.username() + "/role", players.adminToken(),
                Map.of("role", "player")).status()).isEqualTo(200);
        assertAnswer(http.send("POST", "/admin/accounts/" + target.username() + "/unban", RawHttp.bearer(moderator.token()),
                null), 403, forbidden("moderator"));
        assertThat(players.itemAudit()).as("the admin role works too").isNotNull();
    }
}
