package dev.realmforge.web.rpg.codec;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.realmforge.web.rpg.wire.Envelope;
import dev.realmforge.web.rpg.codec.EncodedFrame;
import dev.realmforge.web.rpg.wire.WireFormat;
import dev.realmforge.web.rpg.wire.Payloads;
import java.nio.ByteBuffer;
import java.util.List;
import org.junit.jupiter.api.Test;

class MsgpackFrameEncoderTest {

    private final MsgpackFrameEncoder encoder = new MsgpackFrameEncoder();

    private JsonNode roundTrip(Envelope envelope) throws Exception {
        ByteBuffer buffer = encoder.encode((EncodedFrame.Binary) EncodedFrame.of(WireFormat.MSGPACK, envelope));
        byte[] bytes = new byte[buffer.remaining()];
        buffer.get(bytes);
        return WireMappers.MSGPACK.readTree(bytes);
    }

    @Test
    void eventKeepsAnExplicitNullIdAndVersion20() throws Exception {
        JsonNode root = roundTrip(Envelope.event("event_server_shutdown", new Payloads.ServerShutdown("bye")));

        assertThat(root.has("id")).isTrue();
        assertThat(root.get("id").isNull()).isTrue();
        assertThat(root.get("type").asText()).isEqualTo("event_server_shutdown");
        assertThat(root.get("version").asText()).isEqualTo("2.0");
    }

    @Test
    void welcomeRoundTripsWithSnakeCaseFieldNames() throws Exception {
        Payloads.Welcome welcome = new Payloads.Welcome(7, "alice", 3, 4, "world", 9, 10, "south", "idle");

        JsonNode root = roundTrip(Envelope.reply("r1", "event_welcome", welcome));

        assertThat(root.get("id").asText()).isEqualTo("r1");
        JsonNode payload = root.get("payload");
        assertThat(payload.get("player_id").asLong()).isEqualTo(7);
        assertThat(payload.get("facing_direction").asText()).isEqualTo("south");
        assertThat(payload.has("playerId")).isFalse();
        assertThat(WireMappers.MSGPACK.treeToValue(payload, Payloads.Welcome.class)).isEqualTo(welcome);
    }

    @Test
    void skillsRoundTripWithSnakeCaseFieldNames() throws Exception {
        Payloads.Skills skills = new Payloads.Skills(List.of(new Payloads.SkillEntry(4, "hitpoints", 10, 1154, 1358)));

        JsonNode entry = roundTrip(Envelope.event("event_skills", skills)).get("payload").get("skills").get(0);

        assertThat(entry.get("skill_id").asInt()).isEqualTo(4);
        assertThat(entry.get("current_level").asInt()).isEqualTo(10);
        assertThat(entry.get("target_xp").asInt()).isEqualTo(1358);
    }

    @Test
    void chatTimestampIsAFloat64() throws Exception {
        Payloads.ChatMessage message = new Payloads.ChatMessage("alice", "hi", "local",
                1_706_832_000.123);

        JsonNode timestamp = roundTrip(Envelope.event("event_chat_message", message)).get("payload").get("timestamp");

        assertThat(timestamp.isDouble()).isTrue();
        assertThat(timestamp.doubleValue()).isEqualTo(1706832000.123);
    }
}
