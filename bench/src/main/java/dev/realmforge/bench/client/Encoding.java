package dev.realmforge.bench.client;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import org.msgpack.jackson.dataformat.MessagePackFactory;

/**
 * The rpg protocol's two encodings of an envelope (docs/protocol/rpg.md, Transport): JSON in text
 * frames, MessagePack in binary frames. Each holds one thread-safe Jackson mapper.
 */
public enum Encoding {
    JSON(new ObjectMapper(), false),
    MSGPACK(new ObjectMapper(new MessagePackFactory()), true);

    private final ObjectMapper mapper;
    private final boolean binary;

    Encoding(ObjectMapper mapper, boolean binary) {
        this.mapper = mapper;
        this.binary = binary;
    }

    /** True when this encoding travels in binary frames (MessagePack), false for text frames (JSON). */
    public boolean binary() {
        return binary;
    }

    public ObjectMapper mapper() {
        return mapper;
    }

    /** Any value (an envelope, a payload, a malformed map) in this encoding. */
    public byte[] encode(Object value) {
        try {
            return mapper.writeValueAsBytes(value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A request frame: the envelope of {@link Envelope#of} in this encoding. */
    public byte[] request(String id, String type, Map<String, ?> payload) {
        return encode(Envelope.of(id, type, payload));
    }

    public JsonNode decode(byte[] bytes) {
        return decode(bytes, 0, bytes.length);
    }

    /** Decodes {@code length} bytes from {@code offset} without copying them. */
    public JsonNode decode(byte[] bytes, int offset, int length) {
        try {
            return mapper.readTree(bytes, offset, length);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
