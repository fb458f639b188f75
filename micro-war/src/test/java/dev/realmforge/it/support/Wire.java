package dev.realmforge.it.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.msgpack.jackson.dataformat.MessagePackFactory;

/** The two encodings as a client sees them. */
public enum Wire {
    JSON(new ObjectMapper()),
    MSGPACK(new ObjectMapper(new MessagePackFactory()));

    private final ObjectMapper mapper;

    Wire(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    public byte[] encode(Object value) {
        try {
            return mapper.writeValueAsBytes(value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public JsonNode decode(byte[] bytes) {
        try {
            return mapper.readTree(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static final ObjectMapper JSON_MAPPER = JSON.mapper;
}
