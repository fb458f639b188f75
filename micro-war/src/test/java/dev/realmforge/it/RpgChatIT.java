package dev.realmforge.it;

import static dev.realmforge.it.support.Replies.assertError;
import static org.assertj.core.api.Assertions.assertThat;

import dev.realmforge.it.support.Deployments;
import dev.realmforge.it.support.GameClient;
import dev.realmforge.it.support.GameClient.Received;
import dev.realmforge.it.support.Players;
import dev.realmforge.it.support.Wire;
import java.net.URL;
import java.time.Duration;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Chat over the rpg socket: channels, reach, permissions and every chat error, in both encodings. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class RpgChatIT {

    private static final Duration QUIET = Duration.ofMillis(600);

    @ArquillianResource
    URL base;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.realmforgeWar();
    }

    private static Map<String, Object> chat(String channel, String message) {
        return Map.of("channel", channel, "message", message);
    }


    private static boolean isChat(Received r) {
        return r.type().equals("event_chat_message");
    }

    @ParameterizedTest
    @EnumSource(Wire.class)
    void localChatReachesPlayersWithinTheChunkRadiusOnTheSameMapOnly(Wire wire) {
        Players players = new Players(base);
        Players.Player speaker = players.register("speaker");
        Players.Player near = players.register("near");
        Players.Player far = players.register("far");
        Players.Player elsewhere = players.register("elsewhere");
        // the ITs run with realmforge.chat.local-chunk-radius=1 (the default 3 spans all of samplemap)
        players.teleport(near, "samplemap", 10 + 16, 10);          // 1 chunk east: inside the radius
        players.teleport(far, "samplemap", 10 + 16 * 2, 10);       // 2 chunks east: outside
        players.teleport(elsewhere, "spawn_area", 10, 10);         // same tile, other map
        try (GameClient s = GameClient.connect(base, wire); GameClient n = GameClient.connect(base, wire);
             GameClient f = GameClient.connect(base, wire); GameClient e = GameClient.connect(base, wire)) {
            s.authenticate(speaker.token());
            n.authenticate(near.token());
            f.authenticate(far.token());
            e.authenticate(elsewhere.token());

            Received sent = s.request("cmd_chat_send", chat("local", "hello neighbours"));
            assertThat(sent.type()).isEqualTo("resp_success");
            assertThat(sent.payload().path("channel").asText()).isEqualTo("local");
            assertThat(sent.payload().path("message_id").asText()).matches("\\d+_\\d+");
            assertThat(sent.payload().path("recipients")).extracting(node -> node.asText())
                    .containsExactlyInAnyOrder(speaker.username(), near.username());

            Received heard = n.awaitType("event_chat_message");
            assertThat(heard.binary()).isEqualTo(wire == Wire.MSGPACK);
            assertThat(heard.message().path("id").isNull()).isTrue();
            assertThat(heard.payload().path("username").asText()).isEqualTo(speaker.username());
            assertThat(heard.payload().path("message").asText()).isEqualTo("hello neighbours");
            assertThat(heard.payload().path("channel").asText()).isEqualTo("local");
            assertThat(heard.payload().path("timestamp").asDouble()).isPositive();
            assertThat(s.awaitType("event_chat_message").payload().path("message").asText()).isEqualTo("hello neighbours");
            f.assertNothing(RpgChatIT::isChat, QUIET, "local chat from 2 chunks away");
            e.assertNothing(RpgChatIT::isChat, QUIET, "local chat from another map");
        }
    }

    @ParameterizedTest
    @EnumSource(Wire.class)
    void globalChatNeedsAStaffRoleAndThenReachesEveryone(Wire wire) {
        Players players = new Players(base);
        Players.Player player = players.register("pleb");
        Players.Player moderator = players.registerWithRole("moderator", "moderator");
        Players.Player faraway = players.register("faraway");
        players.teleport(faraway, "spawn_area", 5, 5);
        try (GameClient p = GameClient.connect(base, wire); GameClient m = GameClient.connect(base, wire);
             GameClient f = GameClient.connect(base, wire)) {
            p.authenticate(player.token());
            m.authenticate(moderator.token());
            f.authenticate(faraway.token());

            assertError(p.request("cmd_chat_send", chat("global", "hear me all")), "CHAT_PERMISSION_DENIED");
            f.assertNothing(RpgChatIT::isChat, QUIET, "refused global chat");

            Received sent = m.request("cmd_chat_send", chat("global", "server notice"));
            assertThat(sent.type()).isEqualTo("resp_success");
            assertThat(sent.payload().path("recipients")).extracting(node -> node.asText())
                    .contains(player.username(), moderator.username(), faraway.username());
            Received heard = f.awaitType("event_chat_message");
            assertThat(heard.payload().path("channel").asText()).isEqualTo("global");
            assertThat(heard.payload().path("message").asText()).isEqualTo("server notice");
        }
    }

    @ParameterizedTest
    @EnumSource(Wire.class)
    void directMessagesReachOnlyTheRecipient(Wire wire) {
        Players players = new Players(base);
        Players.Player sender = players.register("whisperer");
        Players.Player recipient = players.register("confidant");
        Players.Player bystander = players.register("bystander");
        try (GameClient s = GameClient.connect(base, wire); GameClient r = GameClient.connect(base, wire);
             GameClient b = GameClient.connect(base, wire)) {
            s.authenticate(sender.token());
            r.authenticate(recipient.token());
            b.authenticate(bystander.token());

            Received sent = s.request("cmd_chat_send", Map.of("channel", "dm", "message", "psst",
                    "recipient", recipient.username().toUpperCase()));
            assertThat(sent.type()).isEqualTo("resp_success");
            assertThat(sent.payload().path("recipients")).extracting(node -> node.asText())
                    .containsExactly(recipient.username());
            Received heard = r.awaitType("event_chat_message");
            assertThat(heard.payload().path("channel").asText()).isEqualTo("dm");
            assertThat(heard.payload().path("username").asText()).isEqualTo(sender.username());
            b.assertNothing(RpgChatIT::isChat, QUIET, "someone else's direct message");
        }
    }

    @ParameterizedTest
    @EnumSource(Wire.class)
    void directMessageToAnOfflineOrUnknownPlayerIsRefused(Wire wire) {
        Players players = new Players(base);
        Players.Player sender = players.register("lonely");
        Players.Player offline = players.register("offline");
        try (GameClient s = GameClient.connect(base, wire)) {
            s.authenticate(sender.token());
            assertError(s.request("cmd_chat_send", Map.of("channel", "dm", "message", "hi", "recipient", offline.username())),
                    "CHAT_DM_RECIPIENT_NOT_FOUND");
            assertError(s.request("cmd_chat_send", Map.of("channel", "dm", "message", "hi", "recipient", "nobody-at-all")),
                    "CHAT_DM_RECIPIENT_NOT_FOUND");
            assertError(s.request("cmd_chat_send", Map.of("channel", "dm", "message", "hi")), "CHAT_DM_RECIPIENT_NOT_FOUND");
        }
    }

    @ParameterizedTest
    @EnumSource(Wire.class)
    void textRulesChannelCheckAndCooldownEachHaveTheirCode(Wire wire) throws InterruptedException {
        Players.Player player = new Players(base).register("rules");
        try (GameClient c = GameClient.connect(base, wire)) {
            c.authenticate(player.token());
            assertError(c.request("cmd_chat_send", chat("local", "x".repeat(257))), "CHAT_MESSAGE_TOO_LONG");
            assertError(c.request("cmd_chat_send", chat("local", "")), "CHAT_EMPTY_MESSAGE");
            assertError(c.request("cmd_chat_send", chat("local", " \t  ")), "CHAT_EMPTY_MESSAGE");
            assertError(c.request("cmd_chat_send", chat("shout", "hello")), "CHAT_INVALID_CHANNEL");
            assertError(c.request("cmd_chat_send", chat("LOCAL", "hello")), "CHAT_INVALID_CHANNEL");
            assertError(c.request("cmd_chat_send", Map.of("channel", "local", "message", 5)), "INVALID_MESSAGE_FORMAT");

            assertThat(c.request("cmd_chat_send", chat("local", "y".repeat(256))).type())
                    .as("256 characters is the limit and refused messages did not start the cooldown")
                    .isEqualTo("resp_success");
            Received tooSoon = c.request("cmd_chat_send", chat("local", "again"));
            assertError(tooSoon, "CHAT_RATE_LIMITED");
            assertThat(tooSoon.payload().path("details").path("retry_after_ms").asLong()).isBetween(1L, 1000L);

            Thread.sleep(1100); // let the 1 s cooldown pass
            assertThat(c.request("cmd_chat_send", chat("local", "again")).type()).isEqualTo("resp_success");
        }
    }

    @ParameterizedTest
    @EnumSource(Wire.class)
    void profanityIsMaskedForRecipients(Wire wire) {
        Players players = new Players(base);
        Players.Player speaker = players.register("rude");
        Players.Player listener = players.register("polite");
        try (GameClient s = GameClient.connect(base, wire); GameClient l = GameClient.connect(base, wire)) {
            s.authenticate(speaker.token());
            l.authenticate(listener.token());
            assertThat(s.request("cmd_chat_send", chat("local", "Damn this classic crap")).type()).isEqualTo("resp_success");
            assertThat(l.awaitType("event_chat_message").payload().path("message").asText())
                    .isEqualTo("**** this classic ****");
        }
    }
}
