package dev.realmforge.web.codec;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.Optional;

/**
 * The profile-neutral half of decoding a WebSocket frame, shared by every profile's decoders: the
 * size limit (a frame over it is not parsed), the MessagePack screen before parsing
 * ({@link MsgpackScreen}), parsing into a tree, and the Unicode screen of every string
 * ({@link UnicodeScreen}). Never throws: a bad frame is data. The profile then interprets the
 * tree as its own envelope.
 */
public final class FrameReader {

    private final ObjectMapper mapper;
    private final int maxFrameBytes;

    public FrameReader(ObjectMapper mapper, int maxFrameBytes) {
        this.mapper = mapper;
        this.maxFrameBytes = maxFrameBytes;
    }

    public int maxFrameBytes() {
        return maxFrameBytes;
    }

    /** A binary (MessagePack) frame. */
    public FrameRead read(byte[] frame) {
        if (frame.length > maxFrameBytes) {
            return new FrameRead.TooLarge(frame.length, maxFrameBytes);
        }
        Optional<FrameProblem> problem = MsgpackScreen.check(frame);
        if (problem.isPresent()) {
            JsonNode lenient = problem.get().reason().equals(FrameProblem.INVALID_UNICODE) ? lenientTree(frame) : null;
            return new FrameRead.Refused(problem.get(), lenient, true);
        }
        try {
            return screened(mapper.readTree(frame));
        } catch (IOException | RuntimeException | StackOverflowError e) {
            return new FrameRead.Refused(FrameProblem.unparseable(), null, false);
        }
    }

    /** A text (JSON) frame. */
    public FrameRead read(String frame) {
        int bytes = Utf8.length(frame);
        if (bytes > maxFrameBytes) {
            return new FrameRead.TooLarge(bytes, maxFrameBytes);
        }
        try {
            return screened(mapper.readTree(frame));
        } catch (IOException | RuntimeException | StackOverflowError e) {
            return new FrameRead.Refused(FrameProblem.unparseable(), null, false);
        }
    }

    private static FrameRead screened(JsonNode root) {
        if (root == null) {
            return new FrameRead.Tree(null);
        }
        Optional<FrameProblem> problem = UnicodeScreen.check(root);
        return problem.isEmpty() ? new FrameRead.Tree(root) : new FrameRead.Refused(problem.get(), root, false);
    }

    /** A MessagePack frame whose structure is sound, read with its bad bytes replaced by U+FFFD. */
    private JsonNode lenientTree(byte[] frame) {
        try {
            return mapper.readTree(frame);
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }
}
