package dev.realmforge.web.rpg;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.realmforge.engine.rpg.chat.ChatChannel;
import dev.realmforge.engine.rpg.chat.ChatMessageEvent;
import dev.realmforge.web.rpg.codec.MsgpackFrameEncoder;
import dev.realmforge.web.rpg.codec.WireMappers;
import dev.realmforge.web.rpg.codec.EncodedFrame;
import dev.realmforge.web.rpg.wire.WireFormat;
import java.nio.ByteBuffer;
import java.time.Instant;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Timestamps stay float64 in MessagePack even on a whole second (msgpack-java packs integral BigDecimals as ints). */
class EventTranslatorMsgpackTimestampTest {

    @ParameterizedTest
    @ValueSource(strings = {"2024-02-01T12:00:00.123Z", "2024-02-01T12:00:00Z"})
    void chatTimestampIsAFloat64InMsgpack(String sentAt) throws Exception {
        ChatMessageEvent event = new ChatMessageEvent("alice", "hi", ChatChannel.LOCAL, Instant.parse(sentAt));
        ByteBuffer buffer = new MsgpackFrameEncoder().encode((EncodedFrame.Binary) EncodedFrame.of(WireFormat.MSGPACK, EventTranslator.toEnvelope(event)));
        byte[] bytes = new byte[buffer.remaining()];
        buffer.get(bytes);

        JsonNode timestamp = WireMappers.MSGPACK.readTree(bytes).get("payload").get("timestamp");

        assertThat(timestamp.isDouble()).as("%s encoded as %s", sentAt, timestamp.numberType()).isTrue();
    }
}
