package dev.realmforge.web.codec;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Optional;

/** What {@link FrameReader} made of one frame, before any profile interprets its envelope. */
public sealed interface FrameRead {

    /** The frame parsed, and every string in it is well-formed Unicode. {@code root} is null for an empty frame. */
    record Tree(JsonNode root) implements FrameRead {
    }

    /** The frame is bigger than the profile's limit and was not parsed. */
    record TooLarge(int sizeBytes, int maxBytes) implements FrameRead {
    }

    /**
     * The frame was refused: unparseable, or a string in it is not Unicode. {@code lenient} is the
     * tree as far as it could be read anyway (bad bytes as U+FFFD, lone surrogates kept), for a
     * profile that echoes a correlation field; null when nothing was readable.
     */
    record Refused(FrameProblem problem, JsonNode lenient, boolean bytesReplaced) implements FrameRead {

        /** The text of the top-level field {@code name} when it is itself clean Unicode. */
        public Optional<String> cleanText(String name) {
            if (lenient == null || !lenient.path(name).isTextual()) {
                return Optional.empty();
            }
            String text = lenient.path(name).textValue();
            boolean clean = bytesReplaced ? text.indexOf('\uFFFD') < 0 : UnicodeScreen.wellFormed(text);
            return clean ? Optional.of(text) : Optional.empty();
        }
    }
}
