package dev.realmforge.web.rpg.codec;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import dev.realmforge.web.codec.StrictScalars;
import org.msgpack.jackson.dataformat.MessagePackFactory;

/**
 * The two configured mappers. Both write records in snake_case, JSON writes doubles without an
 * exponent (timestamps read 1706832000.123), keep nulls, ignore unknown payload
 * fields (forward compatibility) and refuse to coerce a number into a string or the reverse, so a
 * wrongly typed field is a format error rather than a silent conversion. Immutable and shared.
 */
public final class WireMappers {

    public static final ObjectMapper JSON = configure(JsonMapper.builder().build())
            .registerModule(new SimpleModule("plain-doubles").addSerializer(double.class, new PlainDoubleSerializer()));
    public static final ObjectMapper MSGPACK = configure(new ObjectMapper(new MessagePackFactory()));

    private WireMappers() {
    }

    private static ObjectMapper configure(ObjectMapper mapper) {
        mapper.setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE);
        mapper.enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN.mappedFeature());
        mapper.setSerializationInclusion(JsonInclude.Include.ALWAYS);
        mapper.disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        mapper.enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);
        return StrictScalars.apply(mapper);
    }

}
