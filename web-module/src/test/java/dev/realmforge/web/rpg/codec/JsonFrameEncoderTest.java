package dev.realmforge.web.rpg.codec;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.realmforge.web.rpg.wire.Envelope;
import dev.realmforge.web.rpg.codec.EncodedFrame;
import dev.realmforge.web.rpg.wire.WireFormat;
import dev.realmforge.web.rpg.wire.Payloads;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JsonFrameEncoderTest {

    private final JsonFrameEncoder encoder = new JsonFrameEncoder();

    private String encode(Envelope envelope) throws Exception {
        return encoder.encode((EncodedFrame.Text) EncodedFrame.of(WireFormat.JSON, envelope));
    }

    @Test
    void eventIsWrittenWithExplicitNullIdFirstAndVersion20() throws Exception {
        String text = encode(Envelope.event("event_server_shutdown", new Payloads.ServerShutdown("bye")));

        assertThat(text).startsWith("{\"id\":null,\"type\":\"event_server_shutdown\"");
        JsonNode root = WireMappers.JSON.readTree(text);
        assertThat(root.has("id")).isTrue();
        assertThat(root.get("id").isNull()).isTrue();
        assertThat(root.get("version").asText()).isEqualTo("2.0");
        assertThat(root.get("payload").get("message").asText()).isEqualTo("bye");
    }

    @Test
    void welcomeRoundTripsWithSnakeCaseFieldNames() throws Exception {
        Payloads.Welcome welcome = new Payloads.Welcome(7, "alice", 3, 4, "world", 9, 10, "south", "idle");

        JsonNode root = WireMappers.JSON.readTree(encode(Envelope.reply("r1", "event_welcome", welcome)));

        assertThat(root.get("id").asText()).isEqualTo("r1");
        JsonNode payload = root.get("payload");
        assertThat(payload.get("player_id").asLong()).isEqualTo(7);
        assertThat(payload.get("map_id").asText()).isEqualTo("world");
        assertThat(payload.get("current_hp").asInt()).isEqualTo(9);
        assertThat(payload.get("max_hp").asInt()).isEqualTo(10);
        assertThat(payload.get("facing_direction").asText()).isEqualTo("south");
        assertThat(payload.get("animation_state").asText()).isEqualTo("idle");
        assertThat(payload.has("playerId")).isFalse();
        assertThat(WireMappers.JSON.treeToValue(payload, Payloads.Welcome.class)).isEqualTo(welcome);
    }

    @Test
    void errorDetailKeysAreKeptAsGiven() throws Exception {
        Payloads.Error error = new Payloads.Error("CHAT_RATE_LIMITED", "slow down", Map.of("retry_after_ms", 600L));

        JsonNode payload = WireMappers.JSON.readTree(encode(Envelope.reply("r1", "resp_error", error))).get("payload");

        assertThat(payload.get("error_code").asText()).isEqualTo("CHAT_RATE_LIMITED");
        assertThat(payload.get("details").get("retry_after_ms").asLong()).isEqualTo(600);
    }

    @Test
    void chatSentListsRecipients() throws Exception {
        Payloads.ChatSent sent = new Payloads.ChatSent("1_1706832000123", "local", List.of("alice", "bob"));

        JsonNode payload = WireMappers.JSON.readTree(encode(Envelope.reply("r1", "resp_success", sent))).get("payload");

        assertThat(payload.get("message_id").asText()).isEqualTo("1_1706832000123");
        assertThat(WireMappers.JSON.treeToValue(payload, Payloads.ChatSent.class)).isEqualTo(sent);
    }

    @Test
    void chatTimestampIsAPlainDecimalWithMilliseconds() throws Exception {
        Payloads.ChatMessage message = new Payloads.ChatMessage("alice", "hi", "local",
                1_706_832_000.123);

        String text = encode(Envelope.event("event_chat_message", message));

        assertThat(text).contains("\"timestamp\":1706832000.123");
        assertThat(WireMappers.JSON.readTree(text).get("payload").get("timestamp").isNumber()).isTrue();
    }

    @Test
    void wholeSecondTimestampIsStillWrittenWithoutExponent() throws Exception {
        Payloads.ChatMessage message = new Payloads.ChatMessage("alice", "hi", "local", 1_706_832_000.0);

        String text = encode(Envelope.event("event_chat_message", message));

        assertThat(text).contains("\"timestamp\":1706832000").doesNotContain("E+");
    }
}
