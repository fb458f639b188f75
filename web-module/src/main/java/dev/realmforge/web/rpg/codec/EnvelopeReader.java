package dev.realmforge.web.rpg.codec;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.realmforge.web.codec.FrameProblem;
import dev.realmforge.web.codec.FrameRead;
import dev.realmforge.web.codec.FrameReader;
import dev.realmforge.web.rpg.wire.Inbound;
import java.util.Map;

/**
 * Turns one frame's bytes into an rpg {@link Inbound}. The shared {@link FrameReader} does the
 * size limit, the MessagePack and Unicode screens and the parse; this checks the rpg envelope's
 * shape only: an object with a string {@code type}, a string-or-null {@code id} and
 * {@code version}, and a {@code payload} (missing counts as empty). A frame with a string that is
 * not well-formed Unicode is refused whole, reason {@code invalid_unicode}, with its id when the id
 * itself is clean.
 */
public final class EnvelopeReader {

    private final FrameReader frames;

    public EnvelopeReader(ObjectMapper mapper, int maxFrameBytes) {
        this.frames = new FrameReader(mapper, maxFrameBytes);
    }

    /** A MessagePack frame. */
    public Inbound read(byte[] frame) {
        return interpret(frames.read(frame));
    }

    /** A JSON text frame. */
    public Inbound read(String frame) {
        return interpret(frames.read(frame));
    }

    private static Inbound interpret(FrameRead read) {
        if (read instanceof FrameRead.Tree tree) {
            return interpret(tree.root());
        }
        if (read instanceof FrameRead.TooLarge large) {
            return tooLarge(large.sizeBytes(), large.maxBytes());
        }
        FrameRead.Refused refused = (FrameRead.Refused) read;
        String id = refused.problem().reason().equals(FrameProblem.INVALID_UNICODE)
                ? refused.cleanText("id").orElse(null) : null;
        return new Inbound.Malformed(id, refused.problem().reason(), refused.problem().message());
    }

    private static Inbound tooLarge(int size, int maxFrameBytes) {
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
