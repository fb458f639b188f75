package dev.realmforge.it.support;

import com.fasterxml.jackson.databind.JsonNode;
import dev.realmforge.bench.client.Encoding;

/**
 * The two encodings as the tests name them ({@code @EnumSource(Wire.class)}): each is the shared
 * client's {@link Encoding} of the same name, which the bot swarm uses too.
 */
public enum Wire {
    JSON(Encoding.JSON),
    MSGPACK(Encoding.MSGPACK);

    private final Encoding encoding;

    Wire(Encoding encoding) {
        this.encoding = encoding;
    }

    public Encoding encoding() {
        return encoding;
    }

    public byte[] encode(Object value) {
        return encoding.encode(value);
    }

    public JsonNode decode(byte[] bytes) {
        return encoding.decode(bytes);
    }
}
