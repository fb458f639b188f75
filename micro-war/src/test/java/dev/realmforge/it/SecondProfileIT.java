package dev.realmforge.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.realmforge.it.support.Deployments;
import dev.realmforge.it.support.GameClient;
import dev.realmforge.it.support.GameClient.Received;
import dev.realmforge.it.support.Metrics;
import dev.realmforge.it.support.Players;
import dev.realmforge.it.support.StandinClient;
import dev.realmforge.it.support.Tokens;
import dev.realmforge.it.support.Wire;
import java.net.URL;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Predicate;
import java.util.stream.IntStream;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * One account online in two profiles at once, over real sockets: rpg and the test-only stand-in
 * profile ({@code it.standin}, {@code /standin/ws}), which the test deployment adds to the WAR.
 * Signing in on one profile never disconnects the other; a second sign-in replaces only within its
 * own profile; a ban closes the account's sessions in both.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SecondProfileIT {

    private static final Duration QUIET = Duration.ofMillis(500);
    private static final Predicate<Received> RPG_SYSTEM_NOTICE = r -> r.type().equals("event_chat_message")
            && r.payload().path("channel").asText().equals("system");

    @ArquillianResource
    URL base;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.realmforgeWar();
    }

    private Players players() {
        return new Players(base);
    }

    @Test
    void anAccountOnRpgSignsInOnTheStandinAndRpgStaysConnectedAndWorking() {
        Players.Player player = players().register("two-profiles");
        try (GameClient rpg = GameClient.connect(base, Wire.JSON); StandinClient standin = StandinClient.connect(base)) {
            rpg.authenticate(player.token());

            JsonNode signedIn = standin.signIn(player.token());
            assertThat(signedIn.path("account_id").asLong()).isEqualTo(player.accountId());
            assertThat(signedIn.path("username").asText()).isEqualTo(player.username());
            JsonNode pong = standin.ping();
            assertThat(pong.path("live").asBoolean()).as("the stand-in session is live: %s", pong).isTrue();
            assertThat(pong.path("sessions_of_account").asInt()).as("one session in rpg, one in the stand-in").isEqualTo(2);

            Received moved = rpg.request("cmd_move", Map.of("direction", "UP"));
            assertThat(moved.type()).as("rpg still moves: %s", moved.message()).isEqualTo("resp_success");
            assertThat(moved.payload().path("new_position").path("y").asInt()).isEqualTo(9);
            rpg.assertNothing(RPG_SYSTEM_NOTICE, QUIET, "a session notice on rpg");
            assertThat(rpg.isOpen()).isTrue();
            assertThat(standin.ping().path("live").asBoolean()).isTrue();
        }
    }

    @Test
    void aSecondStandinSignInReplacesOnlyTheFirstStandinSession() {
        Players.Player player = players().register("standin-twice");
        try (GameClient rpg = GameClient.connect(base, Wire.JSON);
                StandinClient first = StandinClient.connect(base);
                StandinClient second = StandinClient.connect(base)) {
            rpg.authenticate(player.token());
            first.signIn(player.token());
            second.signIn(player.token());

            JsonNode told = first.awaitOp("session_replaced");
            assertThat(told.path("message").asText()).isNotBlank();
            assertThat(first.awaitClose()).isEqualTo(new StandinClient.Closed(4001, "session_replaced"));

            JsonNode pong = second.ping();
            assertThat(pong.path("live").asBoolean()).isTrue();
            assertThat(pong.path("sessions_of_account").asInt()).isEqualTo(2);
            assertThat(rpg.request("query_inventory", Map.of()).type()).isEqualTo("resp_success");
            rpg.assertNothing(RPG_SYSTEM_NOTICE, QUIET, "a session notice on rpg");
            assertThat(rpg.isOpen()).isTrue();
        }
    }

    @Test
    void aSecondRpgSignInReplacesOnlyTheRpgSession() {
        Players.Player player = players().register("rpg-twice");
        try (StandinClient standin = StandinClient.connect(base);
                GameClient first = GameClient.connect(base, Wire.JSON);
                GameClient second = GameClient.connect(base, Wire.JSON)) {
            standin.signIn(player.token());
            first.authenticate(player.token());
            second.authenticate(player.token());

            first.await(RPG_SYSTEM_NOTICE, "the replacement notice on the first rpg connection");
            assertThat(first.awaitClose().code()).isEqualTo(4001);

            standin.assertNothing(QUIET, "a message on the stand-in when rpg replaces its own session");
            JsonNode pong = standin.ping();
            assertThat(pong.path("live").asBoolean()).as("the stand-in session is untouched: %s", pong).isTrue();
            assertThat(pong.path("sessions_of_account").asInt()).isEqualTo(2);
            assertThat(standin.isOpen()).isTrue();
            assertThat(second.request("query_inventory", Map.of()).type()).isEqualTo("resp_success");
        }
    }

    @Test
    void aBanClosesTheAccountsSessionsInBothProfiles() {
        Players players = players();
        Players.Player player = players.register("banned-twice");
        try (GameClient rpg = GameClient.connect(base, Wire.JSON); StandinClient standin = StandinClient.connect(base)) {
            rpg.authenticate(player.token());
            standin.signIn(player.token());

            assertThat(players.http().postAuthorized("/admin/accounts/" + player.username() + "/ban", players.adminToken())
                    .status()).isEqualTo(204);

            assertThat(standin.awaitOp("banned").path("message").asText()).isNotBlank();
            assertThat(standin.awaitClose()).isEqualTo(new StandinClient.Closed(4003, "banned"));
            assertThat(rpg.awaitClose().code()).isEqualTo(4003);
        }
        try (StandinClient again = StandinClient.connect(base)) {
            JsonNode refused = again.request("sign_in", Map.of("token", player.token()));
            assertThat(refused.path("op").asText()).isEqualTo("refused");
            assertThat(refused.path("reason").asText()).isEqualTo("invalid_token");
        }
    }

    @Test
    void theStandinChecksTheTokenAsRpgDoesAndTheSocketSurvivesRefusals() {
        Players.Player player = players().register("standin-tokens");
        try (StandinClient standin = StandinClient.connect(base)) {
            assertThat(standin.ping().path("reason").asText()).isEqualTo("not_signed_in");
            assertRefused(standin.request("sign_in", Map.of()), "missing_token");
            assertRefused(standin.request("sign_in", Map.of("token", "not.a.token")), "invalid_token");
            assertRefused(standin.request("sign_in", Map.of("token", Tokens.signedWithAnotherSecret(player.accountId()))),
                    "invalid_token");
            assertRefused(standin.request("sign_in", Map.of("token", Tokens.expiredFor(player.accountId()))),
                    "expired_token");
            assertRefused(standin.request("dance", Map.of()), "unknown_op");
            standin.signIn(player.token());
            assertRefused(standin.request("sign_in", Map.of("token", player.token())), "already_signed_in");
            assertThat(standin.ping().path("live").asBoolean()).isTrue();
        }
    }

    private static void assertRefused(JsonNode answer, String reason) {
        assertThat(answer.path("op").asText()).as("answer %s", answer).isEqualTo("refused");
        assertThat(answer.path("reason").asText()).as("answer %s", answer).isEqualTo(reason);
    }

    /** Gauges of both profiles; other classes may have rpg players closing, so wait for them to settle. */
    @Test
    void theGaugesCountEachProfileApart() throws InterruptedException {
        Players.Player player = players().register("counted");
        Gauges before = settled();
        try (StandinClient standin = StandinClient.connect(base)) {
            eventually(before.plus(0, 0, 1, 0, 0));
            standin.signIn(player.token());
            eventually(before.plus(0, 0, 1, 1, 1));
            try (GameClient rpg = GameClient.connect(base, Wire.JSON)) {
                rpg.authenticate(player.token());
                eventually(before.plus(1, 1, 1, 1, 1));
            }
            eventually(before.plus(0, 0, 1, 1, 1));
        }
        eventually(before.plus(0, 0, 0, 0, 1));
    }

    /**
     * Each session's encoder is made by the container on the session's first send, on one of the
     * sender threads, and looks up its counters there. On some of those threads a CDI look-up failed,
     * and every frame of the sessions whose encoder they made went uncounted (about half, in one
     * run); with one frame per session, a dozen sessions in a row show that none is lost. Each of
     * its own account: a second sign-in of one account could reach the server before the close of
     * the first and send it the replacement notice, one frame more.
     */
    @Test
    void everyFrameOfEverySessionIsCounted() throws InterruptedException {
        Players players = players();
        List<Players.Player> accounts = IntStream.range(0, 12).mapToObj(i -> players.register("every-frame")).toList();
        Gauges before = settled();
        for (Players.Player account : accounts) {
            try (StandinClient standin = StandinClient.connect(base)) {
                standin.signIn(account.token()); // the session's one frame
            }
        }
        eventually(before.plus(0, 0, 0, 0, accounts.size()));
    }

    /** The two profiles' gauges, and the stand-in's sent-frames counter. */
    private record Gauges(double rpgConnections, double rpgOnline, double standinConnections, double standinOnline,
            double standinFramesSent) {

        Gauges plus(int rpgConnections, int rpgOnline, int standinConnections, int standinOnline, int standinFrames) {
            return new Gauges(this.rpgConnections + rpgConnections, this.rpgOnline + rpgOnline,
                    this.standinConnections + standinConnections, this.standinOnline + standinOnline,
                    this.standinFramesSent + standinFrames);
        }
    }

    private Gauges read() {
        String text = Metrics.read(base);
        return new Gauges(Metrics.value(text, "realmforge_ws_connections", "profile", "rpg"),
                Metrics.value(text, "realmforge_players_online", "profile", "rpg"),
                Metrics.value(text, "realmforge_ws_connections", "profile", "standin"),
                Metrics.value(text, "realmforge_players_online", "profile", "standin"),
                Metrics.value(text, "realmforge_ws_frames_sent_total", "profile", "standin"));
    }

    /** The gauges once three reads in a row, 200 ms apart, agree. */
    private Gauges settled() throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        Gauges last = read();
        int same = 1;
        while (same < 3) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("the gauges do not settle; last " + last);
            }
            Thread.sleep(200);
            Gauges now = read();
            same = now.equals(last) ? same + 1 : 1;
            last = now;
        }
        return last;
    }

    private void eventually(Gauges expected) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        Gauges now = read();
        while (!Objects.equals(now, expected) && System.nanoTime() < deadline) {
            Thread.sleep(100);
            now = read();
        }
        assertThat(now).isEqualTo(expected);
    }
}
