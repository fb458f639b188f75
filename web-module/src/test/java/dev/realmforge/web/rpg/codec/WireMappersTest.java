package dev.realmforge.web.rpg.codec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.realmforge.web.rpg.wire.Payloads;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Payload binding is strict about types in both encodings. */
class WireMappersTest {

    static Stream<Arguments> mappers() {
        return Stream.of(
                Arguments.of(Named.of("json", WireMappers.JSON)),
                Arguments.of(Named.of("msgpack", WireMappers.MSGPACK)));
    }

    /** A tree as the reader would produce it from a frame of this mapper's encoding. */
    private static JsonNode tree(ObjectMapper mapper, Map<String, Object> value) throws Exception {
        return mapper.readTree(mapper.writeValueAsBytes(value));
    }

    @ParameterizedTest
    @MethodSource("mappers")
    void stringFieldBinds(ObjectMapper mapper) throws Exception {
        Payloads.Authenticate bound = mapper.treeToValue(tree(mapper, Map.of("token", "abc")),
                Payloads.Authenticate.class);

        assertThat(bound.token()).isEqualTo("abc");
    }

    @ParameterizedTest
    @MethodSource("mappers")
    void numberIsNotCoercedIntoAString(ObjectMapper mapper) throws Exception {
        JsonNode payload = tree(mapper, Map.of("token", 123));

        assertThatThrownBy(() -> mapper.treeToValue(payload, Payloads.Authenticate.class))
                .isInstanceOf(JsonProcessingException.class);
    }

    @ParameterizedTest
    @MethodSource("mappers")
    void booleanAndFloatAreNotCoercedIntoAString(ObjectMapper mapper) throws Exception {
        JsonNode bool = tree(mapper, Map.of("token", true));
        JsonNode floating = tree(mapper, Map.of("token", 1.5));

        assertThatThrownBy(() -> mapper.treeToValue(bool, Payloads.Authenticate.class))
                .isInstanceOf(JsonProcessingException.class);
        assertThatThrownBy(() -> mapper.treeToValue(floating, Payloads.Authenticate.class))
                .isInstanceOf(JsonProcessingException.class);
    }

    @ParameterizedTest
    @MethodSource("mappers")
    void stringIsNotCoercedIntoAnInt(ObjectMapper mapper) throws Exception {
        JsonNode payload = tree(mapper, Map.of("skill_id", "1", "name", "attack", "current_level", 1,
                "current_xp", 0, "target_xp", 83));

        assertThatThrownBy(() -> mapper.treeToValue(payload, Payloads.SkillEntry.class))
                .isInstanceOf(JsonProcessingException.class);
    }

    @ParameterizedTest
    @MethodSource("mappers")
    void nullForAPrimitiveIsRefused(ObjectMapper mapper) throws Exception {
        Map<String, Object> fields = new LinkedHashMap<>(Map.of("name", "attack", "current_level", 1,
                "current_xp", 0, "target_xp", 83));
        fields.put("skill_id", null);
        JsonNode payload = tree(mapper, fields);

        assertThatThrownBy(() -> mapper.treeToValue(payload, Payloads.SkillEntry.class))
                .isInstanceOf(JsonProcessingException.class);
    }

    @ParameterizedTest
    @MethodSource("mappers")
    void snakeCaseFieldsBindAndUnknownFieldsAreIgnored(ObjectMapper mapper) throws Exception {
        JsonNode payload = tree(mapper, Map.of("skill_id", 1, "name", "attack", "current_level", 2,
                "current_xp", 90, "target_xp", 174, "from_the_future", "x"));

        assertThat(mapper.treeToValue(payload, Payloads.SkillEntry.class))
                .isEqualTo(new Payloads.SkillEntry(1, "attack", 2, 90, 174));
    }
}
