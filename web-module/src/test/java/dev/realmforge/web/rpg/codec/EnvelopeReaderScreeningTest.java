package dev.realmforge.web.rpg.codec;

import static org.assertj.core.api.Assertions.assertThat;

import dev.realmforge.web.rpg.wire.Inbound;
import java.io.ByteArrayOutputStream;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.msgpack.core.MessageBufferPacker;
import org.msgpack.core.MessagePack;

/** Frames that must never reach the engine: lone surrogates, bytes that are not UTF-8, length bombs. */
class EnvelopeReaderScreeningTest {

    private final EnvelopeReader json = new EnvelopeReader(WireMappers.JSON, 8192);
    private final EnvelopeReader msgpack = new EnvelopeReader(WireMappers.MSGPACK, 8192);

    private static Inbound.Malformed refused(Inbound inbound, String reason) {
        return EnvelopeReaderTest.malformed(inbound, reason);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "{\"id\":\"r1\",\"type\":\"cmd_chat_send\",\"payload\":{\"channel\":\"\\ud800\",\"message\":\"x\"},\"version\":\"2.0\"}",
        "{\"id\":\"r1\",\"type\":\"cmd_chat_send\",\"payload\":{\"channel\":\"dm\",\"recipient\":\"v\",\"message\":\"hi\\ud800\"},\"version\":\"2.0\"}",
        "{\"id\":\"r1\",\"type\":\"cmd_pickup_item\",\"payload\":{\"ground_item_id\":\"\\udfff\"},\"version\":\"2.0\"}",
        "{\"id\":\"r1\",\"type\":\"cmd_move\",\"payload\":{\"\\ud800\":\"UP\"},\"version\":\"2.0\"}",
        "{\"id\":\"r1\",\"type\":\"cmd_move\",\"payload\":{\"list\":[1,[\"\\udc00\\ud800\"]]},\"version\":\"2.0\"}"
    })
    void aLoneSurrogateAnywhereInAJsonFrameIsInvalidUnicodeAndKeepsTheId(String frame) {
        assertThat(refused(json.read(frame), "invalid_unicode").id()).isEqualTo("r1");
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "{\"id\":\"r1\",\"type\":\"cmd_chat\\ud800\",\"payload\":{}}",
        "{\"id\":\"\\ud800\",\"type\":\"cmd_move\",\"payload\":{}}"
    })
    void aLoneSurrogateInTypeOrIdIsInvalidUnicode(String frame) {
        refused(json.read(frame), "invalid_unicode");
    }

    @Test
    void aSurrogatePairIsWellFormedAndPassesThrough() {
        Inbound inbound = json.read("{\"id\":\"r1\",\"type\":\"cmd_chat_send\",\"payload\":{\"message\":\"\\ud83d\\ude00 ok\"}}");

        assertThat(inbound).isInstanceOfSatisfying(Inbound.Message.class,
                m -> assertThat(m.payload().get("message").asText()).isEqualTo("\uD83D\uDE00 ok"));
    }

    @Test
    void msgpackStringWithBytesThatAreNotUtf8IsInvalidUnicode() throws Exception {
        byte[] frame = envelope("hi".getBytes(), new byte[] {(byte) 0xff, (byte) 0xfe});
        refused(msgpack.read(frame), "invalid_unicode");
    }

    @Test
    void msgpackStringWithAnEncodedSurrogateIsInvalidUnicode() throws Exception {
        byte[] frame = envelope(new byte[] {(byte) 0xed, (byte) 0xa0, (byte) 0x80});   // U+D800 as CESU bytes
        refused(msgpack.read(frame), "invalid_unicode");
    }

    @ParameterizedTest
    @ValueSource(strings = {"db798a872d3539de", "c67fffffff", "dd7fffffff", "df7fffffff", "c97fffffff01", "dc", "81a1"})
    void msgpackLengthsPastTheEndOfTheFrameAreUnparseable(String hex) {
        refused(msgpack.read(HexFormat.of().parseHex(hex)), "unparseable");
    }

    @Test
    void aBinaryLengthBombAsTheValueOfDirectionIsUnparseable() throws Exception {
        MessageBufferPacker packer = MessagePack.newDefaultBufferPacker();
        packer.packMapHeader(3);
        packer.packString("id").packString("m1");
        packer.packString("type").packString("cmd_move");
        packer.packString("payload").packMapHeader(1).packString("direction");
        ByteArrayOutputStream frame = new ByteArrayOutputStream();
        frame.writeBytes(packer.toByteArray());
        frame.writeBytes(HexFormat.of().parseHex("c67fffffff"));

        refused(msgpack.read(frame.toByteArray()), "unparseable");
    }

    @Test
    void deeplyNestedMsgpackArraysDoNotOverflowTheStack() {
        byte[] frame = new byte[8000];
        java.util.Arrays.fill(frame, (byte) 0x91);   // fixarray of one, nested 8000 deep, never closed
        assertThat(msgpack.read(frame)).isInstanceOf(Inbound.Malformed.class);
    }

    @Test
    void aValidMsgpackEnvelopeWithEveryKindOfValueStillReads() throws Exception {
        MessageBufferPacker packer = MessagePack.newDefaultBufferPacker();
        packer.packMapHeader(4);
        packer.packString("id").packString("m1");
        packer.packString("type").packString("cmd_move");
        packer.packString("payload").packMapHeader(4)
                .packString("direction").packString("UP")
                .packString("n").packLong(-5)
                .packString("f").packDouble(1.5)
                .packString("b").packBinaryHeader(2).writePayload(new byte[] {1, 2});
        packer.packString("list").packArrayHeader(2).packNil().packBoolean(true);

        Inbound read = msgpack.read(packer.toByteArray());
        assertThat(read).as("%s", read).isInstanceOfSatisfying(Inbound.Message.class,
                m -> assertThat(m.payload().get("direction").asText()).isEqualTo("UP"));
    }

    /** An envelope whose chat message is the given raw string payloads, written as str8 without any check. */
    private static byte[] envelope(byte[]... rawMessageParts) throws Exception {
        ByteArrayOutputStream raw = new ByteArrayOutputStream();
        for (byte[] part : rawMessageParts) {
            raw.writeBytes(part);
        }
        MessageBufferPacker packer = MessagePack.newDefaultBufferPacker();
        packer.packMapHeader(3);
        packer.packString("id").packString("m1");
        packer.packString("type").packString("cmd_chat_send");
        packer.packString("payload").packMapHeader(1).packString("message");
        packer.packRawStringHeader(raw.size()).writePayload(raw.toByteArray());
        return packer.toByteArray();
    }

}
