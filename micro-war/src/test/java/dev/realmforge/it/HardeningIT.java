package dev.realmforge.it;

import static dev.realmforge.it.support.Replies.assertError;
import static org.assertj.core.api.Assertions.assertThat;

import dev.realmforge.it.support.Deployments;
import dev.realmforge.it.support.GameClient;
import dev.realmforge.it.support.GameClient.Received;
import dev.realmforge.it.support.Metrics;
import dev.realmforge.it.support.Players;
import dev.realmforge.it.support.StalledClient;
import dev.realmforge.it.support.Tokens;
import dev.realmforge.it.support.Wire;
import java.io.ByteArrayOutputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Map;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.msgpack.core.MessageBufferPacker;
import org.msgpack.core.MessagePack;

/**
 * What an outside probe tried as an attacker, over real sockets: strings that are not Unicode,
 * MessagePack length bombs, control characters in chat, tokens not valid yet, absurd radii,
 * oversize frames, sockets that never authenticate and a client that reads too slowly. Every frame
 * gets an answer, and the session (and everyone else's) goes on.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class HardeningIT {

    private static final Duration QUIET = Duration.ofMillis(600);

    @ArquillianResource
    URL base;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.realmforgeWar();
    }

    private static void assertInvalid(Received reply, String reason) {
        assertError(reply, "INVALID_MESSAGE_FORMAT");
        assertThat(reply.payload().path("details").path("reason").asText()).as("%s", reply.message()).isEqualTo(reason);
    }

    private static Received awaitError(GameClient client) {
        return client.await(r -> r.type().equals("resp_error"), "an error reply");
    }

    /** rpg's count: the shared server also runs the stand-in profile, whose counter has a sample of its own. */
    private double slowCloses() {
        return Metrics.value(Metrics.read(base), "realmforge_ws_slow_client_closes_total", "profile", "rpg");
    }

    private static void assertStillServed(GameClient client) {
        Received inventory = client.request("query_inventory", Map.of());
        assertThat(inventory.type()).as("the session still answers: %s", inventory.message()).isEqualTo("resp_success");
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "{\"id\":\"%s\",\"type\":\"cmd_chat_send\",\"payload\":{\"channel\":\"\\ud800\",\"message\":\"x\"},\"version\":\"2.0\"}",
        "{\"id\":\"%s\",\"type\":\"cmd_chat_\\ud800\",\"payload\":{},\"version\":\"2.0\"}",
        "{\"id\":\"\\ud800%s\",\"type\":\"query_inventory\",\"payload\":{},\"version\":\"2.0\"}",
        "{\"id\":\"%s\",\"type\":\"cmd_pickup_item\",\"payload\":{\"ground_item_id\":\"\\udc00\"},\"version\":\"2.0\"}"
    })
    void aJsonStringWithALoneSurrogateIsRefusedAsInvalidUnicodeAndTheSessionGoesOn(String template) {
        Players.Player player = new Players(base).register("surrogate");
        try (GameClient client = GameClient.connect(base, Wire.JSON)) {
            client.authenticate(player.token());
            client.sendRaw(String.format(template, UUID.randomUUID()).getBytes(StandardCharsets.UTF_8));

            assertInvalid(awaitError(client), "invalid_unicode");
            assertStillServed(client);
        }
    }

    @Test
    void aDirectMessageWithALoneSurrogateIsRefusedAndTheVictimKeepsHearing() {
        Players players = new Players(base);
        Players.Player attacker = players.register("attacker");
        Players.Player victim = players.register("victim");
        try (GameClient a = GameClient.connect(base, Wire.JSON); GameClient v = GameClient.connect(base, Wire.JSON)) {
            a.authenticate(attacker.token());
            v.authenticate(victim.token());
            a.sendRaw(("{\"id\":\"dm1\",\"type\":\"cmd_chat_send\",\"payload\":{\"channel\":\"dm\",\"recipient\":\""
                    + victim.username() + "\",\"message\":\"hi\\ud800\"},\"version\":\"2.0\"}").getBytes(StandardCharsets.UTF_8));

            Received refused = a.awaitReply("dm1");
            assertInvalid(refused, "invalid_unicode");
            v.assertNothing(r -> r.type().equals("event_chat_message"), QUIET, "the poisoned message");

            Received sent = a.request("cmd_chat_send", Map.of("channel", "dm", "recipient", victim.username(), "message", "hello"));
            assertThat(sent.type()).isEqualTo("resp_success");
            assertThat(v.awaitType("event_chat_message").payload().path("message").asText()).isEqualTo("hello");
            assertStillServed(v);
        }
    }

    @Test
    void aMessagePackStringThatIsNotUtf8IsRefusedAsInvalidUnicode() throws Exception {
        Players.Player player = new Players(base).register("not-utf8");
        try (GameClient client = GameClient.connect(base, Wire.MSGPACK)) {
            client.authenticate(player.token());
            MessageBufferPacker packer = MessagePack.newDefaultBufferPacker();
            packer.packMapHeader(4);
            packer.packString("id").packString("bad-bytes");
            packer.packString("type").packString("cmd_chat_send");
            packer.packString("payload").packMapHeader(2).packString("channel").packString("local")
                    .packString("message").packRawStringHeader(3).writePayload(new byte[] {'h', (byte) 0xff, 'i'});
            packer.packString("version").packString("2.0");
            client.sendRaw(packer.toByteArray());

            assertInvalid(client.awaitReply("bad-bytes"), "invalid_unicode");
            assertStillServed(client);
        }
    }

    @Test
    void messagePackLengthBombsAreAnsweredUnparseable() throws Exception {
        Players.Player player = new Players(base).register("bomber");
        try (GameClient client = GameClient.connect(base, Wire.MSGPACK)) {
            client.authenticate(player.token());
            client.sendRaw(HexFormat.of().parseHex("db798a872d3539de"));
            assertInvalid(awaitError(client), "unparseable");

            MessageBufferPacker packer = MessagePack.newDefaultBufferPacker();
            packer.packMapHeader(4);
            packer.packString("id").packString("bomb");
            packer.packString("type").packString("cmd_move");
            packer.packString("version").packString("2.0");
            packer.packString("payload").packMapHeader(1).packString("direction");
            ByteArrayOutputStream frame = new ByteArrayOutputStream();
            frame.writeBytes(packer.toByteArray());
            frame.writeBytes(HexFormat.of().parseHex("c67fffffff"));
            client.sendRaw(frame.toByteArray());
            assertInvalid(awaitError(client), "unparseable");

            assertStillServed(client);
        }
    }

    @ParameterizedTest
    @EnumSource(Wire.class)
    void chatTakesOutControlCharactersAndBidiOverrides(Wire wire) {
        Players.Player player = new Players(base).register("controls");
        try (GameClient client = GameClient.connect(base, wire)) {
            client.authenticate(player.token());
            Received sent = client.request("cmd_chat_send",
                    Map.of("channel", "local", "message", "a\u0000b\u001b[31mc\r\nd\u202Eevil"));
            assertThat(sent.type()).as("%s", sent.message()).isEqualTo("resp_success");

            Received heard = client.await(r -> r.type().equals("event_chat_message")
                    && player.username().equals(r.payload().path("username").asText()), "own chat line");
            assertThat(heard.payload().path("message").asText()).isEqualTo("ab[31mc  devil");
        }
    }

    @ParameterizedTest
    @EnumSource(Wire.class)
    void aTokenWhoseNotBeforeLiesInTheFutureIsRefused(Wire wire) {
        Players.Player player = new Players(base).register("early");
        try (GameClient client = GameClient.connect(base, wire)) {
            assertError(client.request("cmd_authenticate", Map.of("token", Tokens.notYetValidFor(player.accountId()))),
                    "AUTHENTICATION_FAILED");
            assertThat(client.authenticate(player.token()).type()).isEqualTo("event_welcome");
        }
    }

    @ParameterizedTest
    @EnumSource(Wire.class)
    void aRadiusTooBigForAnyIntIsRadiusTooLarge(Wire wire) {
        Players.Player player = new Players(base).register("radius");
        try (GameClient client = GameClient.connect(base, wire)) {
            client.authenticate(player.token());
            Received reply = client.request("query_chunks",
                    Map.of("map_id", "samplemap", "chunk_x", 0, "chunk_y", 0, "radius", Long.MAX_VALUE));
            assertError(reply, "CHUNKS_RADIUS_TOO_LARGE");
            assertThat(reply.payload().path("details").path("max_radius").asInt()).isEqualTo(5);
        }
    }

    @ParameterizedTest
    @EnumSource(Wire.class)
    void aFrameOverTheApplicationLimitIsAnsweredAndOneOverTheContainerLimitClosesWith1009(Wire wire) {
        Players.Player player = new Players(base).register("oversize");
        try (GameClient client = GameClient.connect(base, wire)) {
            client.authenticate(player.token());
            client.send("cmd_chat_send", Map.of("channel", "local", "message", "x".repeat(100_000)));
            Received tooLarge = awaitError(client);
            assertInvalid(tooLarge, "frame_too_large");
            assertThat(tooLarge.payload().path("details").path("max_bytes").asInt()).isEqualTo(8192);
            assertStillServed(client);

            // the server may close while the 2 MB are still being written, so the write is not awaited
            client.sendWithoutWaiting("cmd_chat_send", Map.of("channel", "local", "message", "x".repeat(2 * 1024 * 1024)));
            assertThat(client.awaitClose().code()).isEqualTo(1009);
        }
    }

    @Test
    void aSocketThatNeverAuthenticatesIsClosedWith1008() {
        try (GameClient idle = GameClient.connect(base, Wire.JSON)) {
            GameClient.Closed closed = idle.awaitClose(Duration.ofSeconds(30));
            assertThat(closed.code()).isEqualTo(1008);
            assertThat(closed.reason()).isEqualTo("authentication timeout");
        }
    }

    @Test
    void aClientThatReadsLargeAnswersTooSlowlyIsCutWith1013() throws Exception {
        Players.Player player = new Players(base).register("slow-reader");
        byte[] query = Wire.JSON.encode(Map.of("id", "q", "type", "query_chunks", "version", "2.0",
                "payload", Map.of("map_id", "samplemap", "chunk_x", 1, "chunk_y", 1, "radius", 5)));
        double slowClosesBefore = slowCloses();
        try (StalledClient reader = StalledClient.connect(base)) {
            reader.sendText(Wire.JSON.encode(Map.of("id", "a", "type", "cmd_authenticate", "version", "2.0",
                    "payload", Map.of("token", player.token()))));
            // About 6 MB of answers (25 KB each): more than the kernel's send buffer may take
            // (net.ipv4.tcp_wmem allows 4 MB by default, and a warm server gets close to it) plus the
            // queue's 1 MB, so that the queue overflows by bytes whatever the buffer, and fewer
            // frames than the queue's 256.
            for (int i = 0; i < 240; i++) {
                reader.sendText(query);
            }
            // the server's count of slow clients it closed tells when it gave up on this one (a
            // difference: the server is shared); from then on the reader drains the kernel's buffer
            // quickly, to reach the close frame that waits behind it
            assertThat(reader.trickleUntilClosed(4096, Duration.ofMillis(100), Duration.ofSeconds(60),
                    () -> slowCloses() > slowClosesBefore)).isEqualTo(1013);
        }
    }
}
