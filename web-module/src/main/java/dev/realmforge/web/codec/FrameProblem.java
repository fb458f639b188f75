package dev.realmforge.web.codec;

/**
 * Why a frame was refused before it was interpreted; {@code reason} is the wire's
 * {@code details.reason} of the {@code INVALID_MESSAGE_FORMAT} answer.
 */
public record FrameProblem(String reason, String message) {

    /** Not a readable encoding: truncated, a length past the frame's end, or a syntax error. */
    public static final String UNPARSEABLE = "unparseable";
    /** A string that is not well-formed Unicode: a lone surrogate, or bytes that are not UTF-8. */
    public static final String INVALID_UNICODE = "invalid_unicode";

    public static FrameProblem unparseable() {
        return new FrameProblem(UNPARSEABLE, "Frame is not a valid encoded message");
    }

    public static FrameProblem invalidUnicode() {
        return new FrameProblem(INVALID_UNICODE, "Frame contains a string that is not valid Unicode");
    }
}
