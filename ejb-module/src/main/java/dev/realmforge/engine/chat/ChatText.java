package dev.realmforge.engine.chat;

/**
 * What may stand in a chat line. Control characters and bidirectional overrides are taken out
 * before any other rule looks at the text, so they can neither forge lines on a terminal or in a
 * log (CR LF, ANSI escapes, NUL) nor turn a neighbour's text around (U+202E). Tab, line feed,
 * vertical tab, form feed and carriage return become one space each, so words stay apart; the
 * other C0 controls, DEL, the C1 controls, the embeddings and overrides U+202A to U+202E and the
 * isolates U+2066 to U+2069 are removed. The marks U+200E and U+200F stay: right-to-left writers
 * need them and they cannot reorder text beyond a word. See docs/adr/0024-unicode-and-control-characters.md.
 */
public final class ChatText {

    private ChatText() {
    }

    public static String clean(String text) {
        if (text == null || text.chars().noneMatch(c -> isRemoved(c) || isSpaced(c))) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(c -> {
            if (isSpaced(c)) {
                out.append(' ');
            } else if (!isRemoved(c)) {
                out.appendCodePoint(c);
            }
        });
        return out.toString();
    }

    private static boolean isSpaced(int c) {
        return c >= 0x09 && c <= 0x0d;
    }

    private static boolean isRemoved(int c) {
        return (c < 0x20 && !isSpaced(c))
                || (c >= 0x7f && c <= 0x9f)
                || (c >= 0x202a && c <= 0x202e)
                || (c >= 0x2066 && c <= 0x2069);
    }
}
