package dev.realmforge.web.rpg.codec;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.realmforge.web.rpg.wire.Inbound;
import java.io.IOException;
import java.util.Map;

/**
 * Turns one frame's bytes into an {@link Inbound}. Checks the envelope shape only: an object with
 * a string {@code type}, a string-or-null {@code id} and {@code version}, and a {@code payload}
 * (missing counts as empty). Frames over the size limit are not parsed at all.
 */
public final class EnvelopeReader {

    private final ObjectMapper mapper;
    private final int maxFrameBytes;

    public EnvelopeReader(ObjectMapper mapper, int maxFrameBytes) {
        this.mapper = mapper;
        this.maxFrameBytes = maxFrameBytes;
    }

    public Inbound read(byte[] frame) {
        if (frame.length > maxFrameBytes) {
            return tooLarge(frame.length);
        }
        try {
            return interpret(mapper.readTree(frame));
        } catch (IOException | RuntimeException e) {
            return new Inbound.Malformed(null, "unparseable", "Frame is not a valid encoded message");
        }
    }

    public Inbound read(String frame) {
        if (Utf8.length(frame) > maxFrameBytes) {
            return tooLarge(Utf8.length(frame));
        }
        try {
            return interpret(mapper.readTree(frame));
        } catch (IOException | RuntimeException e) {
            return new Inbound.Malformed(null, "unparseable", "Frame is not a valid encoded message");
        }
    }

    private Inbound tooLarge(int size) {
        return new Inbound.Malformed(null, "frame_too_large",
                "Frame of " + size + " bytes exceeds the limit of " + maxFrameBytes + " bytes",
                Map.of("size_bytes", size, "max_bytes", maxFrameBytes));
    }

    private static Inbound interpret(JsonNode root) {
        if (root == null || !root.isObject()) {
            return new Inbound.Malformed(null, "not_an_object", "Message must be a map");
        }
        JsonNode id = root.get("id");
        if (id != null && !id.isNull() && !id.isTextual()) {
            return new Inbound.Malformed(null, "invalid_id", "Field 'id' must be a string or null");
        }
        String correlationId = id == null || id.isNull() ? null : id.asText();
        JsonNode type = root.get("type");
        if (type == null || !type.isTextual()) {
            return new Inbound.Malformed(correlationId, "invalid_type", "Field 'type' must be a string");
        }
        JsonNode version = root.get("version");
        if (version != null && !version.isNull() && !version.isTextual()) {
            return new Inbound.Malformed(correlationId, "invalid_version", "Field 'version' must be a string");
        }
        JsonNode payload = root.get("payload");
        if (payload == null || payload.isNull()) {
            payload = JsonNodeFactory.instance.objectNode();
        }
        return new Inbound.Message(correlationId, type.asText(), payload,
                version == null || version.isNull() ? null : version.asText());
    }
}
