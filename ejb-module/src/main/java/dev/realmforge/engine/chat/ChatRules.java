package dev.realmforge.engine.chat;

import dev.realmforge.engine.error.GameRuleException;
import java.time.Duration;
import java.util.Map;

/**
 * The rules every profile's chat messages pass, free of any container: a cooldown between
 * messages, text that is not empty, a length counted in Unicode code points, and the text sent as
 * typed after taking out control characters and filtering. Who hears a message is the profile's.
 */
public final class ChatRules {

    private final int maxLength;
    private final ProfanityFilter filter;

    public ChatRules(int maxLength, ProfanityFilter filter) {
        this.maxLength = maxLength;
        this.filter = filter;
    }

    /** Fails with RATE_LIMITED while the cooldown runs. */
    public void checkCooldown(Duration remaining) {
        if (!remaining.isZero()) {
            throw new GameRuleException(ChatRefusal.RATE_LIMITED, "Sending messages too fast",
                    Map.of("retry_after_ms", remaining.toMillis()));
        }
    }

    /** Validates the text and returns what recipients will see (controls taken out first, see {@link ChatText}). */
    public String acceptText(String typed) {
        String text = ChatText.clean(typed);
        if (text == null || text.codePoints().allMatch(ChatRules::isBlankCodePoint)) {
            throw new GameRuleException(ChatRefusal.EMPTY_MESSAGE, "Message is empty");
        }
        int length = text.codePointCount(0, text.length());
        if (length > maxLength) {
            throw new GameRuleException(ChatRefusal.MESSAGE_TOO_LONG,
                    "Message exceeds " + maxLength + " characters",
                    Map.of("max_length", maxLength, "length", length));
        }
        return filter.apply(text);
    }

    /** Whitespace in the Java sense plus Unicode space separators such as the no-break space. */
    private static boolean isBlankCodePoint(int codePoint) {
        return Character.isWhitespace(codePoint) || Character.isSpaceChar(codePoint);
    }
}
