package dev.realmforge.web.rpg;

import com.fasterxml.jackson.databind.JsonNode;
import dev.realmforge.web.codec.UnicodeScreen;
import dev.realmforge.web.fuzz.FuzzFinding;
import dev.realmforge.web.fuzz.FuzzHarness;
import dev.realmforge.web.fuzz.FuzzSink;
import dev.realmforge.web.fuzz.WireBytes;
import dev.realmforge.web.rpg.codec.EnvelopeReader;
import dev.realmforge.web.rpg.codec.WireMappers;
import dev.realmforge.web.rpg.wire.Inbound;
import dev.realmforge.web.rpg.wire.InboundFrame;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * What the rpg profile's fuzz targets ({@link RpgJsonFrameFuzzTest}, {@link RpgMsgpackFrameFuzzTest})
 * do with a frame: fuzzed bytes go through the reader the container decoder delegates to
 * ({@code JsonFrameDecoder} and {@code MsgpackFrameDecoder} only wrap it and read their limit from
 * MicroProfile Config, which a unit test does not have), then through {@link RpgDispatcher#dispatch}
 * with the real handlers over {@link RpgFuzzStubs}: once on a connection that has not authenticated,
 * once on one authenticated as alice. {@link FuzzHarness} checks each exchange (see there); this
 * class adds the decoder's own properties: a decoded message holds only well-formed Unicode, a
 * refusal has a reason, and the id a reply must echo is the frame's own {@code id} field.
 */
final class RpgFrameChecks {

    /** FrameLimits' default ({@code realmforge.ws.max-frame-bytes}). */
    static final int MAX_FRAME_BYTES = 8192;

    private static final EnvelopeReader JSON = new EnvelopeReader(WireMappers.JSON, MAX_FRAME_BYTES);
    private static final EnvelopeReader MSGPACK = new EnvelopeReader(WireMappers.MSGPACK, MAX_FRAME_BYTES);
    private static final FuzzHarness HARNESS = new FuzzHarness(new RpgFuzzProfile());
    private static final RpgDispatcher DISPATCHER = RpgFuzzStubs.dispatcher();

    private RpgFrameChecks() {
    }

    /** Decodes a fuzzed text frame and dispatches it; throws a finding when a property breaks. */
    static void jsonFrame(byte[] frame) {
        String text = new String(frame, StandardCharsets.UTF_8);
        Inbound decoded = HARNESS.noThrow("rpg JSON decoding", frame, true, () -> JSON.read(text));
        checkDecoded(decoded, frame, true);
        dispatchTwice(frame, new InboundFrame.Json(decoded), "JSON");
    }

    /** Decodes a fuzzed binary frame and dispatches it; throws a finding when a property breaks. */
    static void msgpackFrame(byte[] frame) {
        Inbound decoded = HARNESS.noThrow("rpg MessagePack decoding", frame, false, () -> MSGPACK.read(frame));
        checkDecoded(decoded, frame, false);
        dispatchTwice(frame, new InboundFrame.Msgpack(decoded), "MessagePack");
    }

    private static void dispatchTwice(byte[] input, InboundFrame frame, String encoding) {
        Inbound content = frame.content();
        FuzzHarness.Request request = new FuzzHarness.Request(content.id(),
                content instanceof Inbound.Message message ? message.type() : null,
                frame instanceof InboundFrame.Json);
        for (boolean authenticated : new boolean[] {false, true}) {
            FuzzSink sink = new FuzzSink();
            RpgConnection connection = new RpgConnection(sink);
            if (authenticated) {
                RpgFuzzStubs.authenticated(connection);
            }
            HARNESS.exchange("rpg " + encoding + " frame, " + (authenticated ? "authenticated" : "not authenticated"),
                    input, request, sink, () -> DISPATCHER.dispatch(connection, frame));
        }
    }

    private static void checkDecoded(Inbound decoded, byte[] input, boolean text) {
        if (decoded == null) {
            throw decoderFinding("decoded to null", input, text);
        }
        if (decoded instanceof Inbound.Message message) {
            if (message.type() == null || message.payload() == null) {
                throw decoderFinding("accepted a message without a type or payload", input, text);
            }
            if (!UnicodeScreen.wellFormed(message.type()) || UnicodeScreen.check(message.payload()).isPresent()
                    || (message.id() != null && !UnicodeScreen.wellFormed(message.id()))
                    || (message.version() != null && !UnicodeScreen.wellFormed(message.version()))) {
                throw decoderFinding("accepted a message with a string that is not well-formed Unicode", input, text);
            }
        } else {
            Inbound.Malformed refused = (Inbound.Malformed) decoded;
            if (refused.reason() == null || refused.reason().isBlank() || refused.message() == null) {
                throw decoderFinding("refused a frame without a reason", input, text);
            }
        }
        if (decoded.id() != null) {
            JsonNode id = HARNESS.noThrow("re-reading the frame's id", input, text, () -> frameId(input, text));
            if (id == null || !id.isTextual() || !id.textValue().equals(decoded.id())) {
                throw decoderFinding("decoded the id \"" + decoded.id() + "\", but the frame's id field is " + id,
                        input, text);
            }
        }
    }

    private static JsonNode frameId(byte[] input, boolean text) {
        try {
            JsonNode root = text ? WireMappers.JSON.readTree(new String(input, StandardCharsets.UTF_8))
                    : WireMappers.MSGPACK.readTree(input);
            return root == null ? null : root.get("id");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static FuzzFinding decoderFinding(String problem, byte[] input, boolean text) {
        return new FuzzFinding("[rpg] " + (text ? "JSON" : "MessagePack") + " decoding " + problem + "\n  frame: "
                + new WireBytes(text, input).preview(300));
    }
}
