package dev.realmforge.web.fuzz;

import dev.realmforge.web.transport.WireFrame;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.LogRecord;

/**
 * The checks every profile's fuzz test shares. A profile's fuzz target decodes the fuzzed bytes
 * with its decoder's reader (through {@link #noThrow}), then runs the decoded frame through its
 * real dispatcher on a connection over a {@link FuzzSink}, once per connection state, each time
 * inside {@link #exchange}. An exchange fails with a {@link FuzzFinding} when:
 * <ol>
 *   <li>an exception escapes decoding or dispatch;</li>
 *   <li>a watched logger ({@link FuzzProfile#watchedLoggers}) logged at {@code SEVERE}: a handler
 *       failed unexpectedly and the dispatcher turned it into an internal error;</li>
 *   <li>the connection was asked to close (a bad frame is answered, never a reason to hang up);</li>
 *   <li>a sent frame does not encode, is not in the encoding of the request's frame, or does not
 *       read back as a well-formed envelope of the profile ({@link FuzzProfile#read});</li>
 *   <li>a sent frame is neither a reply to the request ({@link FuzzProfile#answers}) nor an event
 *       ({@link FuzzProfile#isEvent}); a reply does not echo the request's id; an event has one;</li>
 *   <li>the request was not answered by exactly one reply;</li>
 *   <li>an error reply carries a code outside the profile's vocabulary, or an internal one
 *       ({@link FuzzProfile#internalErrorCodes}).</li>
 * </ol>
 * The test doubles behind the dispatcher (the engine's services) must answer synchronously and
 * deterministically, accepting some inputs and refusing others with rule errors, so that an internal
 * error can only come from decoding, dispatch or a handler's own parsing.
 */
public final class FuzzHarness {

    private static final int PREVIEW = 300;

    private final FuzzProfile profile;
    private final LogCapture log;

    public FuzzHarness(FuzzProfile profile) {
        this.profile = Objects.requireNonNull(profile);
        this.log = LogCapture.attach(Level.SEVERE, profile.watchedLoggers());
    }

    /**
     * What the harness knows of the decoded request: the id its reply must echo (null when it has
     * none, or none the decoder could read), its message type (null when the frame was refused as
     * malformed) and whether it came in a text frame (its replies must then be text too).
     */
    public record Request(String id, String type, boolean text) {
    }

    /**
     * Runs a step that must not throw, such as decoding, and returns its result; anything thrown
     * (errors included) becomes a finding.
     */
    public <T> T noThrow(String what, byte[] input, boolean text, Supplier<T> step) {
        try {
            return step.get();
        } catch (Throwable escaped) {
            throw new FuzzFinding(header(what, "an exception escaped") + frameLine(input, text), escaped);
        }
    }

    /**
     * Runs {@code dispatch}, which must send everything it sends to {@code sink}, and checks what it
     * sent. Returns the frames as read back, for any checks of the profile's own.
     */
    public List<SentFrame> exchange(String label, byte[] input, Request request, FuzzSink sink, Runnable dispatch) {
        log.drain(); // whatever was logged before this exchange is not its fault
        try {
            dispatch.run();
        } catch (Throwable escaped) {
            throw finding(label, input, request, sink, "an exception escaped dispatch", escaped);
        }
        List<LogRecord> severe = log.drain();
        if (!severe.isEmpty()) {
            LogRecord first = severe.get(0);
            throw finding(label, input, request, sink, "logged at SEVERE (" + first.getLoggerName() + "): "
                    + first.getMessage(), first.getThrown());
        }
        if (!sink.closes().isEmpty()) {
            throw finding(label, input, request, sink, "asked to close the connection: " + sink.closes(), null);
        }
        List<SentFrame> sent = new ArrayList<>();
        int replies = 0;
        List<WireFrame> frames = sink.frames();
        for (int i = 0; i < frames.size(); i++) {
            String which = "frame " + (i + 1) + " of " + frames.size();
            WireBytes wire;
            try {
                wire = Objects.requireNonNull(profile.encode(frames.get(i)), "encoded to null");
            } catch (Throwable failed) {
                throw finding(label, input, request, sink, which + " does not encode", failed);
            }
            if (wire.text() != request.text()) {
                throw finding(label, input, request, sink, which + " is " + (wire.text() ? "text" : "binary")
                        + ", but the request came in a " + (request.text() ? "text" : "binary") + " frame", null);
            }
            SentFrame frame;
            try {
                frame = Objects.requireNonNull(profile.read(wire), "read as null");
            } catch (Throwable failed) {
                throw finding(label, input, request, sink, which + " is not a well-formed " + profile.name()
                        + " envelope", failed);
            }
            sent.add(frame);
            if (frame.type() != null && profile.answers(frame.type(), request.type())) {
                replies++;
                if (!Objects.equals(frame.id(), request.id())) {
                    throw finding(label, input, request, sink, which + " (" + frame.type() + ") has id "
                            + quoted(frame.id()) + ", but the request's id is " + quoted(request.id()), null);
                }
                if (profile.errorType().equals(frame.type())) {
                    checkErrorCode(label, input, request, sink, which, frame.errorCode());
                }
            } else if (frame.type() != null && profile.isEvent(frame.type())) {
                if (frame.id() != null) {
                    throw finding(label, input, request, sink, which + " is the event " + frame.type()
                            + " with id " + quoted(frame.id()) + "; events carry none", null);
                }
            } else {
                throw finding(label, input, request, sink, which + " has type " + quoted(frame.type())
                        + ", which is neither a reply to " + quoted(request.type()) + " nor an event", null);
            }
        }
        if (replies != 1) {
            throw finding(label, input, request, sink, replies == 0 ? "the request got no reply"
                    : "the request got " + replies + " replies", null);
        }
        return sent;
    }

    private void checkErrorCode(String label, byte[] input, Request request, FuzzSink sink, String which,
                                String code) {
        if (code == null || !profile.errorCodes().contains(code)) {
            throw finding(label, input, request, sink, which + " is an error with the unknown code " + quoted(code),
                    null);
        }
        if (profile.internalErrorCodes().contains(code)) {
            throw finding(label, input, request, sink, which + " is an internal error (" + code + ")", null);
        }
    }

    private FuzzFinding finding(String label, byte[] input, Request request, FuzzSink sink, String problem,
                                Throwable cause) {
        StringBuilder message = new StringBuilder(header(label, problem)).append(frameLine(input, request.text()))
                .append("\n  request: id=").append(quoted(request.id())).append(", type=").append(quoted(request.type()));
        List<WireFrame> frames = sink.frames();
        for (int i = 0; i < frames.size(); i++) {
            message.append("\n  sent ").append(i + 1).append(": ").append(describe(frames.get(i)));
        }
        return new FuzzFinding(message.toString(), cause);
    }

    private String describe(WireFrame frame) {
        try {
            return profile.encode(frame).preview(PREVIEW);
        } catch (Throwable failed) {
            return frame + " (does not encode: " + failed + ")";
        }
    }

    private String header(String label, String problem) {
        return "[" + profile.name() + "] " + label + ": " + problem;
    }

    private static String frameLine(byte[] input, boolean text) {
        return "\n  frame: " + (text ? "text " : "binary ") + FuzzFinding.preview(input, text, PREVIEW);
    }

    private static String quoted(String s) {
        return s == null ? "null" : "\"" + s + "\"";
    }
}
