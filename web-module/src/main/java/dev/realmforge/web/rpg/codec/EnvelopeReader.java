package dev.realmforge.web.rpg.codec;

import dev.realmforge.web.codec.Utf8;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.realmforge.web.codec.FrameProblem;
import dev.realmforge.web.codec.MsgpackScreen;
import dev.realmforge.web.codec.UnicodeScreen;
import dev.realmforge.web.rpg.wire.Inbound;
import java.io.IOException;
import java.util.Map;
import java.util.Optional;

/**
 * Turns one frame's bytes into an {@link Inbound}. Checks the envelope shape only: an object with
 * a string {@code type}, a string-or-null {@code id} and {@code version}, and a {@code payload}
 * (missing counts as empty). Frames over the size limit are not parsed at all; MessagePack frames
 * are screened before parsing ({@link MsgpackScreen}), and a frame with a string that is not
 * well-formed Unicode is refused whole ({@link UnicodeScreen}): reason {@code invalid_unicode}.
 */
public final class EnvelopeReader {

    private final ObjectMapper mapper;
    private final int maxFrameBytes;

    public EnvelopeReader(ObjectMapper mapper, int maxFrameBytes) {
        this.mapper = mapper;
        this.maxFrameBytes = maxFrameBytes;
    }

    /** A MessagePack frame. */
    public Inbound read(byte[] frame) {
        if (frame.length > maxFrameBytes) {
            return tooLarge(frame.length);
        }
        Optional<FrameProblem> problem = MsgpackScreen.check(frame);
        if (problem.isPresent()) {
            return problem.get().reason().equals(FrameProblem.INVALID_UNICODE)
                    ? new Inbound.Malformed(idOfSoundFrame(frame), problem.get().reason(), problem.get().message())
                    : refused(problem.get());
        }
        try {
            return screened(mapper.readTree(frame));
        } catch (IOException | RuntimeException | StackOverflowError e) {
            return refused(FrameProblem.unparseable());
        }
    }

    /** A JSON text frame. */
    public Inbound read(String frame) {
        int bytes = Utf8.length(frame);
        if (bytes > maxFrameBytes) {
            return tooLarge(bytes);
        }
        try {
            return screened(mapper.readTree(frame));
        } catch (IOException | RuntimeException | StackOverflowError e) {
            return refused(FrameProblem.unparseable());
        }
    }

    private static Inbound screened(JsonNode root) {
        if (root == null) {
            return interpret(null);
        }
        Optional<FrameProblem> problem = UnicodeScreen.check(root);
        if (problem.isEmpty()) {
            return interpret(root);
        }
        JsonNode id = root.path("id");
        boolean usableId = id.isTextual() && UnicodeScreen.wellFormed(id.textValue());
        return new Inbound.Malformed(usableId ? id.textValue() : null, problem.get().reason(), problem.get().message());
    }

    /**
     * The id of a MessagePack frame whose structure the screen found sound but whose strings are
     * not all UTF-8; null unless the id itself decoded cleanly.
     */
    private String idOfSoundFrame(byte[] frame) {
        try {
            JsonNode id = mapper.readTree(frame).path("id");
            return id.isTextual() && id.textValue().indexOf('\uFFFD') < 0 ? id.textValue() : null;
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    private static Inbound refused(FrameProblem problem) {
        return new Inbound.Malformed(null, problem.reason(), problem.message());
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
