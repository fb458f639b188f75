package dev.realmforge.web.rpg;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.realmforge.engine.rpg.error.RpgErrorCode;
import dev.realmforge.web.fuzz.FuzzProfile;
import dev.realmforge.web.fuzz.SentFrame;
import dev.realmforge.web.fuzz.WireBytes;
import dev.realmforge.web.rpg.codec.EncodedFrame;
import dev.realmforge.web.rpg.codec.EnvelopeReader;
import dev.realmforge.web.rpg.codec.WireMappers;
import dev.realmforge.web.rpg.wire.Envelope;
import dev.realmforge.web.rpg.wire.Inbound;
import dev.realmforge.web.rpg.wire.MessageType;
import dev.realmforge.web.transport.WireFrame;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.Iterator;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The rpg protocol as {@link dev.realmforge.web.fuzz.FuzzHarness} judges it (docs/protocol/rpg.md):
 * every frame the server sends is a map of exactly {@code id, type, payload, version}, version
 * {@code "2.0"}, payload a map, all strings well-formed Unicode; a reply is {@code resp_success} or
 * {@code resp_error} (and {@code event_welcome} for {@code cmd_authenticate}); events are the other
 * {@code event_*} types; an error's payload is {@code {error_code, message, details}} with a code of
 * {@link RpgErrorCode}, never {@code INTERNAL_SERVER_ERROR}.
 */
final class RpgFuzzProfile implements FuzzProfile {

    /** Every client message type: the {@code CMD_*} and {@code QUERY_*} constants of {@link MessageType}. */
    static final Set<String> CLIENT_TYPES = constants("CMD_", "QUERY_");
    private static final Set<String> EVENTS = constants("EVENT_").stream()
            .filter(type -> !type.equals(MessageType.EVENT_WELCOME)).collect(Collectors.toUnmodifiableSet());
    private static final Set<String> CODES = Arrays.stream(RpgErrorCode.values()).map(Enum::name)
            .collect(Collectors.toUnmodifiableSet());
    private static final Set<String> ENVELOPE_KEYS = Set.of("id", "type", "payload", "version");

    /** Server frames have no size limit; the reader still applies the Unicode screens. */
    private static final EnvelopeReader JSON_BACK = new EnvelopeReader(WireMappers.JSON, Integer.MAX_VALUE);
    private static final EnvelopeReader MSGPACK_BACK = new EnvelopeReader(WireMappers.MSGPACK, Integer.MAX_VALUE);

    @Override
    public String name() {
        return "rpg";
    }

    @Override
    public WireBytes encode(WireFrame frame) {
        if (frame instanceof EncodedFrame.Text text) {
            return WireBytes.text(text.text());
        }
        if (frame instanceof EncodedFrame.Binary binary) {
            return WireBytes.binary(binary.bytes());
        }
        throw new IllegalStateException("not an rpg frame: " + frame);
    }

    @Override
    public SentFrame read(WireBytes wire) {
        Inbound back = wire.text() ? JSON_BACK.read(wire.asText()) : MSGPACK_BACK.read(wire.bytes());
        if (back instanceof Inbound.Malformed bad) {
            throw new IllegalArgumentException("the rpg reader refuses it: " + bad.reason() + " (" + bad.message() + ")");
        }
        JsonNode root = tree(wire);
        Set<String> keys = fieldNames(root);
        if (!keys.equals(ENVELOPE_KEYS)) {
            throw new IllegalArgumentException("envelope keys are " + keys + ", not " + ENVELOPE_KEYS);
        }
        if (!Envelope.PROTOCOL_VERSION.equals(root.get("version").textValue())) {
            throw new IllegalArgumentException("version is " + root.get("version"));
        }
        JsonNode payload = root.get("payload");
        if (!payload.isObject()) {
            throw new IllegalArgumentException("payload is not a map: " + payload);
        }
        String type = root.get("type").textValue();
        String errorCode = null;
        if (MessageType.RESP_ERROR.equals(type)) {
            JsonNode code = payload.get("error_code");
            JsonNode message = payload.get("message");
            JsonNode details = payload.get("details");
            if (code == null || !code.isTextual() || message == null || !message.isTextual()
                    || details == null || !details.isObject()) {
                throw new IllegalArgumentException("an error payload is {error_code, message, details}, not " + payload);
            }
            errorCode = code.textValue();
        }
        return new SentFrame(((Inbound.Message) back).id(), type, errorCode);
    }

    @Override
    public boolean answers(String type, String requestType) {
        return switch (type) {
            case MessageType.RESP_ERROR -> true;
            case MessageType.RESP_SUCCESS -> requestType != null && CLIENT_TYPES.contains(requestType)
                    && !requestType.equals(MessageType.CMD_AUTHENTICATE);
            case MessageType.EVENT_WELCOME -> MessageType.CMD_AUTHENTICATE.equals(requestType);
            default -> false;
        };
    }

    @Override
    public boolean isEvent(String type) {
        return EVENTS.contains(type);
    }

    @Override
    public String errorType() {
        return MessageType.RESP_ERROR;
    }

    @Override
    public Set<String> errorCodes() {
        return CODES;
    }

    @Override
    public Set<String> internalErrorCodes() {
        return Set.of(RpgErrorCode.INTERNAL_SERVER_ERROR.name());
    }

    private static JsonNode tree(WireBytes wire) {
        ObjectMapper mapper = wire.text() ? WireMappers.JSON : WireMappers.MSGPACK;
        try {
            return mapper.readTree(wire.bytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Set<String> fieldNames(JsonNode root) {
        Set<String> names = new java.util.TreeSet<>();
        for (Iterator<String> it = root.fieldNames(); it.hasNext(); ) {
            names.add(it.next());
        }
        return names;
    }

    private static Set<String> constants(String... prefixes) {
        return Arrays.stream(MessageType.class.getFields())
                .filter(f -> Modifier.isStatic(f.getModifiers()) && f.getType() == String.class)
                .filter(f -> Arrays.stream(prefixes).anyMatch(f.getName()::startsWith))
                .map(RpgFuzzProfile::value)
                .collect(Collectors.toUnmodifiableSet());
    }

    private static String value(Field constant) {
        try {
            return (String) constant.get(null);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }
}
