package dev.realmforge.engine.chat;

import dev.realmforge.engine.error.ErrorCode;
import dev.realmforge.engine.error.GameRuleException;
import dev.realmforge.engine.rpg.session.Position;
import dev.realmforge.persistence.account.Role;
import java.time.Duration;
import java.util.Map;
import java.util.Set;

/**
 * The rules a chat message must pass, free of any container. Length counts Unicode code points,
 * the text is sent as typed (after taking out control characters and filtering), and local range is a square of chunks around the
 * sender on the same map.
 */
public final class ChatRules {

    private final int maxLength;
    private final int localChunkRadius;
    private final int chunkSize;
    private final Set<Role> globalRoles;
    private final ProfanityFilter filter;

    public ChatRules(int maxLength, int localChunkRadius, int chunkSize, Set<Role> globalRoles,
                     ProfanityFilter filter) {
        this.maxLength = maxLength;
        this.localChunkRadius = localChunkRadius;
        this.chunkSize = chunkSize;
        this.globalRoles = Set.copyOf(globalRoles);
        this.filter = filter;
    }

    /** Fails with CHAT_RATE_LIMITED while the cooldown runs. */
    public void checkCooldown(Duration remaining) {
        if (!remaining.isZero()) {
            throw new GameRuleException(ErrorCode.CHAT_RATE_LIMITED, "Sending messages too fast",
                    Map.of("retry_after_ms", remaining.toMillis()));
        }
    }

    /** Validates the text and returns what recipients will see (controls taken out first, see {@link ChatText}). */
    public String acceptText(String typed) {
        String text = ChatText.clean(typed);
        if (text == null || text.codePoints().allMatch(ChatRules::isBlankCodePoint)) {
            throw new GameRuleException(ErrorCode.CHAT_EMPTY_MESSAGE, "Message is empty");
        }
        int length = text.codePointCount(0, text.length());
        if (length > maxLength) {
            throw new GameRuleException(ErrorCode.CHAT_MESSAGE_TOO_LONG,
                    "Message exceeds " + maxLength + " characters",
                    Map.of("max_length", maxLength, "length", length));
        }
        return filter.apply(text);
    }

    /** Whitespace in the Java sense plus Unicode space separators such as the no-break space. */
    private static boolean isBlankCodePoint(int codePoint) {
        return Character.isWhitespace(codePoint) || Character.isSpaceChar(codePoint);
    }

    public void checkGlobalAllowed(Role role) {
        if (!globalRoles.contains(role)) {
            throw new GameRuleException(ErrorCode.CHAT_PERMISSION_DENIED,
                    "Global chat needs a staff role", Map.of("channel", "global"));
        }
    }

    /** True when {@code listener} is on the sender's map within the local chunk radius. */
    public boolean inLocalRange(Position sender, Position listener) {
        return sender.mapId().equals(listener.mapId())
                && Math.abs(sender.chunkX(chunkSize) - listener.chunkX(chunkSize)) <= localChunkRadius
                && Math.abs(sender.chunkY(chunkSize) - listener.chunkY(chunkSize)) <= localChunkRadius;
    }
}
