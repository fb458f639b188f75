package dev.realmforge.web.rpg.wire;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;

/** A decoded client frame: either a well-formed envelope or the reason it is not one. */
public sealed interface Inbound {

    /** Correlation id to echo in the reply; null when absent or unreadable. */
    String id();

    /** An envelope with a type; the payload is still untyped and the version still unchecked. */
    record Message(String id, String type, JsonNode payload, String version) implements Inbound {
    }

    /**
     * A frame that is not a valid envelope. {@code reason} is a short machine-readable word;
     * {@code details} adds facts such as the size limit.
     */
    record Malformed(String id, String reason, String message, Map<String, Object> details) implements Inbound {

        public Malformed {
            details = Map.copyOf(details);
        }

        public Malformed(String id, String reason, String message) {
            this(id, reason, message, Map.of());
        }

        /** Size of a frame refused as too large; 0 for every other reason. */
        public int sizeBytes() {
            return details.get("size_bytes") instanceof Integer size ? size : 0;
        }
    }
}
