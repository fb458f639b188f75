package dev.realmforge.web.rpg.wire;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/** The outbound envelope. Events carry a null id; replies echo the request's id. */
@JsonPropertyOrder({"id", "type", "payload", "version"})
public record Envelope(String id, String type, Object payload, String version) {

    public static final String PROTOCOL_VERSION = "2.0";

    public static Envelope reply(String id, String type, Object payload) {
        return new Envelope(id, type, payload, PROTOCOL_VERSION);
    }

    public static Envelope event(String type, Object payload) {
        return new Envelope(null, type, payload, PROTOCOL_VERSION);
    }
}
