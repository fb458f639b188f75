package dev.realmforge.bench.client;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The rpg envelope (docs/protocol/rpg.md, Envelope): {@code id}, {@code type}, {@code payload}
 * and {@code version} in both directions. Builds what a client sends and reads what it receives.
 */
public final class Envelope {

    /** The protocol version this client speaks and the server always answers with. */
    public static final String VERSION = "2.0";

    private Envelope() {
    }

    /** A request envelope: id, type, payload and version 2.0, in that order. */
    public static Map<String, Object> of(String id, String type, Map<String, ?> payload) {
        Map<String, Object> envelope = new LinkedHashMap<>(8);
        envelope.put("id", id);
        envelope.put("type", type);
        envelope.put("payload", payload);
        envelope.put("version", VERSION);
        return envelope;
    }

    /** The message's type; empty when it has none. */
    public static String type(JsonNode message) {
        return message.path("type").asText();
    }

    /** The id a reply echoes; empty for an event (id null) or a message without one. */
    public static String id(JsonNode message) {
        return message.path("id").asText("");
    }

    /** The payload; a missing node when there is none. */
    public static JsonNode payload(JsonNode message) {
        return message.path("payload");
    }
}
