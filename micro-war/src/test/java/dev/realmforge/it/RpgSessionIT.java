package dev.realmforge.it;

import static dev.realmforge.it.support.Replies.assertError;
import static org.assertj.core.api.Assertions.assertThat;

import dev.realmforge.it.support.Deployments;
import dev.realmforge.it.support.GameClient;
import dev.realmforge.it.support.GameClient.Received;
import dev.realmforge.it.support.Players;
import dev.realmforge.it.support.Tokens;
import dev.realmforge.it.support.Wire;
import java.net.URL;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The rpg socket's session rules and generic errors, each in JSON text and MessagePack binary frames. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class RpgSessionIT {

    @ArquillianResource
    URL base;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.realmforgeWar();
    }

    private Players players() {
        return new Players(base);
    }


    @ParameterizedTest
    @EnumSource(Wire.class)
    void authenticationAnswersWelcomeThenSystemGreetingThenSkills(Wire wire) {
        Players.Player player = players().register("welcome");
        try (GameClient client = GameClient.connect(base, wire)) {
            String id = client.send("cmd_authenticate", Map.of("token", player.token()));
            Received welcome = client.await(r -> true, "first message");
            assertThat(welcome.message().path("id").asText()).isEqualTo(id);
            assertThat(welcome.type()).isEqualTo("event_welcome");
            assertThat(welcome.binary()).isEqualTo(wire == Wire.MSGPACK);
            assertThat(welcome.payload().path("player_id").asLong()).isPositive();
            assertThat(welcome.payload().path("username").asText()).isEqualTo(player.username());
            assertThat(welcome.payload().path("map_id").asText()).isEqualTo("samplemap");
            assertThat(welcome.payload().path("x").asInt()).isEqualTo(10);
            assertThat(welcome.payload().path("y").asInt()).isEqualTo(10);
            assertThat(welcome.payload().path("current_hp").asInt()).isEqualTo(10);
            assertThat(welcome.payload().path("max_hp").asInt()).isEqualTo(10);
            assertThat(welcome.payload().path("facing_direction").asText()).isEqualTo("south");
            assertThat(welcome.payload().path("animation_state").asText()).isEqualTo("idle");

            Received greeting = client.await(r -> true, "second message");
            assertThat(greeting.type()).isEqualTo("event_chat_message");
            assertThat(greeting.message().path("id").isNull()).isTrue();
            assertThat(greeting.payload().path("username").asText()).isEqualTo("System");
            assertThat(greeting.payload().path("channel").asText()).isEqualTo("system");
            assertThat(greeting.payload().path("message").asText()).isEqualTo("Welcome to the game!");
            assertThat(greeting.payload().path("timestamp").isNumber()).isTrue();

            Received skills = client.await(r -> true, "third message");
            assertThat(skills.type()).isEqualTo("event_skills");
            assertThat(skills.payload().path("skills")).hasSize(9);
            assertThat(skills.payload().path("skills").get(0).path("name").asText()).isEqualTo("attack");
            assertThat(skills.payload().path("skills").get(0).path("current_level").asInt()).isEqualTo(1);
            assertThat(skills.payload().path("skills").get(0).path("target_xp").asInt()).isEqualTo(83);
            assertThat(skills.payload().path("skills").findValuesAsText("name")).containsExactly(
                    "attack", "defense", "strength", "hitpoints", "ranged", "magic", "prayer", "woodcutting", "mining");
            assertThat(skills.payload().path("skills").get(3).path("current_level").asInt()).isEqualTo(10);
        }
    }

    @ParameterizedTest
    @EnumSource(Wire.class)
    void eachAuthenticationErrorHasItsCodeAndTheSessionSurvives(Wire wire) {
        Players.Player player = players().register("autherr");
        try (GameClient client = GameClient.connect(base, wire)) {
            assertError(client.request("cmd_authenticate", Map.of()), "AUTHENTICATION_MISSING_TOKEN");
            assertError(client.request("cmd_authenticate", Map.of("token", "")), "AUTHENTICATION_MISSING_TOKEN");
            assertError(client.request("cmd_authenticate", Map.of("token", 42)), "AUTHENTICATION_INVALID_PAYLOAD");
            Map<String, Object> notAMap = new LinkedHashMap<>(Map.of("id", "p1", "type", "cmd_authenticate", "payload", "x"));
            client.sendEnvelope(notAMap);
            assertError(client.awaitReply("p1"), "AUTHENTICATION_INVALID_PAYLOAD");
            assertError(client.request("cmd_authenticate", Map.of("token", "not.a.token")), "AUTHENTICATION_FAILED");
            assertError(client.request("cmd_authenticate", Map.of("token", Tokens.signedWithAnotherSecret(player.accountId()))),
                    "AUTHENTICATION_FAILED");
            assertError(client.request("cmd_authenticate", Map.of("token", Tokens.expiredFor(player.accountId()))),
                    "AUTHENTICATION_EXPIRED_TOKEN");
            assertThat(client.authenticate(player.token()).payload().path("username").asText()).isEqualTo(player.username());
            Received again = client.request("cmd_authenticate", Map.of("token", player.token()));
            assertError(again, "AUTHENTICATION_FAILED");
            assertThat(again.payload().path("details").path("reason").asText()).isEqualTo("already_authenticated");
        }
    }

    @ParameterizedTest
    @EnumSource(Wire.class)
    void messagesBeforeAuthenticationAreRefusedAndChangeNothing(Wire wire) {
        Players.Player listener = players().register("listener");
        Players.Player early = players().register("early");
        try (GameClient heard = GameClient.connect(base, wire); GameClient client = GameClient.connect(base, wire)) {
            heard.authenticate(listener.token());
            Received refused = client.request("cmd_chat_send", Map.of("message", "sneaky", "channel", "local"));
            assertError(refused, "AUTHENTICATION_FAILED");
            assertThat(refused.payload().path("details").path("reason").asText()).isEqualTo("not_authenticated");
            heard.assertNothing(r -> r.type().equals("event_chat_message"), Duration.ofMillis(500), "chat from a stranger");
            assertThat(client.authenticate(early.token()).type()).isEqualTo("event_welcome");
        }
    }

    @ParameterizedTest
    @EnumSource(Wire.class)
    void aSecondLoginReplacesTheFirstWhichIsToldAndClosed(Wire wire) {
        Players.Player player = players().register("twice");
        try (GameClient first = GameClient.connect(base, wire); GameClient second = GameClient.connect(base, wire)) {
            first.authenticate(player.token());
            second.authenticate(player.token());
            Received told = first.awaitType("event_chat_message");
            assertThat(told.payload().path("channel").asText()).isEqualTo("system");
            assertThat(first.awaitClose().code()).isEqualTo(4001);
            Received chat = second.request("cmd_chat_send", Map.of("message", "still here", "channel", "local"));
            assertThat(chat.type()).isEqualTo("resp_success");
        }
    }

    @ParameterizedTest
    @EnumSource(Wire.class)
    void banningDisconnectsAndTheOldTokenNoLongerAuthenticates(Wire wire) {
        Players players = players();
        Players.Player player = players.register("kicked");
        try (GameClient client = GameClient.connect(base, wire)) {
            client.authenticate(player.token());
            assertThat(players.http().postAuthorized("/admin/accounts/" + player.username() + "/ban", players.adminToken())
                    .status()).isEqualTo(204);
            assertThat(client.awaitClose().code()).isEqualTo(4003);
        }
        try (GameClient again = GameClient.connect(base, wire)) {
            assertError(again.request("cmd_authenticate", Map.of("token", player.token())), "AUTHENTICATION_FAILED");
        }
    }

    @ParameterizedTest
    @EnumSource(Wire.class)
    void genericErrorsAreAnsweredAndTheSessionSurvivesThemAll(Wire wire) {
        Players.Player player = players().register("generic");
        try (GameClient client = GameClient.connect(base, wire)) {
            client.sendRaw(new byte[] {(byte) 0xc1, '{', 0x00});
            Received garbage = client.await(r -> r.type().equals("resp_error"), "error for garbage");
            assertError(garbage, "INVALID_MESSAGE_FORMAT");
            assertThat(garbage.message().path("id").isNull()).isTrue();

            client.sendEnvelope(Map.of("id", "no-type", "payload", Map.of()));
            assertError(client.awaitReply("no-type"), "INVALID_MESSAGE_FORMAT");

            Received unknown = client.request("cmd_dance", Map.of());
            assertError(unknown, "UNKNOWN_MESSAGE_TYPE");

            client.sendEnvelope(Map.of("id", "v3", "type", "cmd_authenticate", "payload", Map.of("token", player.token()),
                    "version", "3.0"));
            assertError(client.awaitReply("v3"), "PROTOCOL_VERSION_MISMATCH");

            client.sendEnvelope(Map.of("id", "huge", "type", "cmd_chat_send",
                    "payload", Map.of("message", "x".repeat(10_000), "channel", "local")));
            Received tooBig = client.await(r -> r.type().equals("resp_error")
                    && r.payload().path("details").path("reason").asText().equals("frame_too_large"), "frame too large");
            assertError(tooBig, "INVALID_MESSAGE_FORMAT");
            assertThat(tooBig.payload().path("details").path("max_bytes").asInt()).isEqualTo(8192);

            client.sendEnvelope(Map.of("id", "noversion", "type", "cmd_authenticate", "payload", Map.of("token", player.token())));
            assertThat(client.awaitReply("noversion").type()).as("a missing version counts as 2.0").isEqualTo("event_welcome");
        }
    }

    @ParameterizedTest
    @EnumSource(Wire.class)
    void positionIsSavedOnDisconnectAndRestoredOnReconnect(Wire wire) {
        Players players = players();
        Players.Player player = players.register("saved");
        try (GameClient client = GameClient.connect(base, wire)) {
            client.authenticate(player.token());
            players.teleport(player, "samplemap", 33, 21);
        }
        try (GameClient client = GameClient.connect(base, wire)) {
            Received welcome = client.authenticate(player.token());
            assertThat(welcome.payload().path("x").asInt()).isEqualTo(33);
            assertThat(welcome.payload().path("y").asInt()).isEqualTo(21);
        }
    }
}
