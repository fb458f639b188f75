package dev.realmforge.web.rpg.codec;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.realmforge.web.rpg.wire.Inbound;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The envelope checks, identical for both encodings, through the byte[] path. */
class EnvelopeReaderTest {

    private static final int LIMIT = 8192;

    static Stream<Arguments> mappers() {
        return Stream.of(
                Arguments.of(Named.of("json", WireMappers.JSON)),
                Arguments.of(Named.of("msgpack", WireMappers.MSGPACK)));
    }

    private static Map<String, Object> envelope(Object... keysAndValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }

    private static Inbound read(ObjectMapper mapper, Object value) throws Exception {
        return new EnvelopeReader(mapper, LIMIT).read(mapper.writeValueAsBytes(value));
    }

    static Inbound.Malformed malformed(Inbound inbound, String reason) {
        assertThat(inbound).isInstanceOf(Inbound.Malformed.class);
        Inbound.Malformed bad = (Inbound.Malformed) inbound;
        assertThat(bad.reason()).isEqualTo(reason);
        return bad;
    }

    @ParameterizedTest
    @MethodSource("mappers")
    void validEnvelopeIsAMessage(ObjectMapper mapper) throws Exception {
        Inbound inbound = read(mapper, envelope("id", "r1", "type", "cmd_chat_send",
                "payload", Map.of("message", "hi"), "version", "2.0"));

        assertThat(inbound).isInstanceOfSatisfying(Inbound.Message.class, m -> {
            assertThat(m.id()).isEqualTo("r1");
            assertThat(m.type()).isEqualTo("cmd_chat_send");
            assertThat(m.payload().get("message").asText()).isEqualTo("hi");
            assertThat(m.version()).isEqualTo("2.0");
        });
    }

    @ParameterizedTest
    @MethodSource("mappers")
    void missingOrNullPayloadIsAnEmptyObject(ObjectMapper mapper) throws Exception {
        for (Map<String, Object> env : List.of(envelope("type", "t"), envelope("type", "t", "payload", null))) {
            assertThat(read(mapper, env)).isInstanceOfSatisfying(Inbound.Message.class, m -> {
                assertThat(m.payload().isObject()).isTrue();
                assertThat(m.payload().isEmpty()).isTrue();
            });
        }
    }

    @ParameterizedTest
    @MethodSource("mappers")
    void missingOrNullIdAndVersionAreNull(ObjectMapper mapper) throws Exception {
        for (Map<String, Object> env : List.of(envelope("type", "t"), envelope("id", null, "type", "t", "version", null))) {
            assertThat(read(mapper, env)).isInstanceOfSatisfying(Inbound.Message.class, m -> {
                assertThat(m.id()).isNull();
                assertThat(m.version()).isNull();
            });
        }
    }

    @ParameterizedTest
    @MethodSource("mappers")
    void arrayOrScalarIsNotAnObject(ObjectMapper mapper) throws Exception {
        assertThat(malformed(read(mapper, List.of(1, 2)), "not_an_object").id()).isNull();
        malformed(read(mapper, "hello"), "not_an_object");
        malformed(read(mapper, 42), "not_an_object");
    }

    @ParameterizedTest
    @MethodSource("mappers")
    void numericIdIsInvalid(ObjectMapper mapper) throws Exception {
        Inbound.Malformed bad = malformed(read(mapper, envelope("id", 7, "type", "t")), "invalid_id");

        assertThat(bad.id()).isNull();
    }

    @ParameterizedTest
    @MethodSource("mappers")
    void missingTypeIsInvalidAndKeepsTheId(ObjectMapper mapper) throws Exception {
        Inbound.Malformed bad = malformed(read(mapper, envelope("id", "r1", "payload", Map.of())), "invalid_type");

        assertThat(bad.id()).isEqualTo("r1");
    }

    @ParameterizedTest
    @MethodSource("mappers")
    void nonStringTypeIsInvalid(ObjectMapper mapper) throws Exception {
        malformed(read(mapper, envelope("id", "r1", "type", 3)), "invalid_type");
    }

    @ParameterizedTest
    @MethodSource("mappers")
    void nonStringVersionIsInvalidAndKeepsTheId(ObjectMapper mapper) throws Exception {
        Inbound.Malformed bad = malformed(read(mapper, envelope("id", "r1", "type", "t", "version", 2.0)),
                "invalid_version");

        assertThat(bad.id()).isEqualTo("r1");
    }

    @ParameterizedTest
    @MethodSource("mappers")
    void frameOneByteOverTheLimitIsTooLargeAndFrameAtTheLimitIsRead(ObjectMapper mapper) throws Exception {
        byte[] frame = mapper.writeValueAsBytes(envelope("id", "r1", "type", "t"));

        assertThat(new EnvelopeReader(mapper, frame.length).read(frame)).isInstanceOf(Inbound.Message.class);
        Inbound.Malformed bad = malformed(new EnvelopeReader(mapper, frame.length - 1).read(frame), "frame_too_large");
        assertThat(bad.message()).contains(Integer.toString(frame.length));
    }

    @ParameterizedTest
    @MethodSource("mappers")
    void oversizedFrameIsTooLargeBeforeBeingParsed(ObjectMapper mapper) {
        Inbound.Malformed tooLarge = malformed(new EnvelopeReader(mapper, LIMIT).read(new byte[LIMIT + 1]), "frame_too_large");
        assertThat(tooLarge.details()).containsEntry("max_bytes", LIMIT).containsEntry("size_bytes", LIMIT + 1);
    }

    @org.junit.jupiter.api.Test
    void unparseableJsonIsUnparseable() {
        byte[] frame = "{\"id\":\"r1\",".getBytes(StandardCharsets.UTF_8);

        assertThat(malformed(new EnvelopeReader(WireMappers.JSON, LIMIT).read(frame), "unparseable").id()).isNull();
    }

    @org.junit.jupiter.api.Test
    void unparseableMsgpackIsUnparseable() {
        byte[] neverUsedFormatByte = {(byte) 0xC1};

        malformed(new EnvelopeReader(WireMappers.MSGPACK, LIMIT).read(neverUsedFormatByte), "unparseable");
    }

    @org.junit.jupiter.api.Test
    void truncatedMsgpackMapIsUnparseable() {
        byte[] mapOfOneEntryWithNoEntries = {(byte) 0x81};

        malformed(new EnvelopeReader(WireMappers.MSGPACK, LIMIT).read(mapOfOneEntryWithNoEntries), "unparseable");
    }
}
