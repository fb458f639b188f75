package dev.realmforge.web.fuzz;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * One frame as it goes over the WebSocket: the UTF-8 of a text frame, or the bytes of a binary one.
 * Profile-neutral; each profile's {@link FuzzProfile} produces and reads these.
 */
public record WireBytes(boolean text, byte[] bytes) {

    public static WireBytes text(String frame) {
        return new WireBytes(true, frame.getBytes(StandardCharsets.UTF_8));
    }

    public static WireBytes binary(byte[] frame) {
        return new WireBytes(false, frame.clone());
    }

    public String asText() {
        return new String(bytes, StandardCharsets.UTF_8);
    }

    /** For failure messages: the text, or the bytes in hex; at most {@code limit} characters. */
    public String preview(int limit) {
        return (text ? "text " : "binary ") + FuzzFinding.preview(bytes, text, limit);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof WireBytes that && text == that.text && Arrays.equals(bytes, that.bytes);
    }

    @Override
    public int hashCode() {
        return 31 * Boolean.hashCode(text) + Arrays.hashCode(bytes);
    }

    @Override
    public String toString() {
        return preview(200);
    }
}
