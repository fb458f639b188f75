package dev.realmforge.web.fuzz;

import java.nio.charset.StandardCharsets;

/**
 * A property of the fuzz mechanism was broken. Jazzer reports it like any uncaught throwable: the
 * fuzz run fails and the input is kept as a {@code crash-*} file in the target's inputs directory,
 * where every later build replays it.
 */
public final class FuzzFinding extends AssertionError {

    private static final long serialVersionUID = 1L;

    public FuzzFinding(String message, Throwable cause) {
        super(message, cause);
    }

    public FuzzFinding(String message) {
        super(message);
    }

    /** The first {@code limit} characters of a frame: as text when it is text, else in hex. */
    static String preview(byte[] bytes, boolean text, int limit) {
        StringBuilder out = new StringBuilder();
        if (text) {
            String s = new String(bytes, StandardCharsets.UTF_8);
            s.codePoints().limit(limit).forEach(cp -> {
                if (cp < 0x20 || cp == 0x7f || (cp >= 0xd800 && cp <= 0xdfff) || cp == 0xfffd) {
                    out.append(String.format("\\u%04x", cp));
                } else {
                    out.appendCodePoint(cp);
                }
            });
            if (s.codePointCount(0, s.length()) > limit) {
                out.append("…");
            }
        } else {
            for (int i = 0; i < bytes.length && i < limit / 2; i++) {
                out.append(String.format("%02x", bytes[i] & 0xff));
            }
            if (bytes.length > limit / 2) {
                out.append("…");
            }
        }
        return out + " (" + bytes.length + " bytes)";
    }
}
