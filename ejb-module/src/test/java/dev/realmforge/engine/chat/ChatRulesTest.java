package dev.realmforge.engine.chat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.realmforge.engine.error.ErrorCode;
import dev.realmforge.engine.error.GameRuleException;
import dev.realmforge.engine.rpg.session.Position;
import dev.realmforge.persistence.account.Role;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ChatRulesTest {

    private final ChatRules rules = new ChatRules(256, 3, 16, Set.of(Role.MODERATOR, Role.ADMIN),
            ProfanityFilter.disabled());

    private static GameRuleException ruleBroken(ThrowingCallable call, ErrorCode code) {
        Throwable thrown = org.assertj.core.api.Assertions.catchThrowable(call);
        assertThat(thrown).isInstanceOf(GameRuleException.class);
        GameRuleException rule = (GameRuleException) thrown;
        assertThat(rule.code()).isEqualTo(code);
        return rule;
    }

    private static Position at(String map, int x, int y) {
        return new Position(map, x, y, "south");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "   \t\n"})
    void emptyOrWhitespaceOnlyTextIsAnEmptyMessage(String text) {
        ruleBroken(() -> rules.acceptText(text), ErrorCode.CHAT_EMPTY_MESSAGE);
    }

    @Test
    void nullTextIsAnEmptyMessage() {
        ruleBroken(() -> rules.acceptText(null), ErrorCode.CHAT_EMPTY_MESSAGE);
    }

    @Test
    void textOf256CodePointsIsAcceptedUnchanged() {
        String text = "a".repeat(256);

        assertThat(rules.acceptText(text)).isEqualTo(text);
    }

    @Test
    void textOf257CodePointsIsTooLong() {
        GameRuleException e = ruleBroken(() -> rules.acceptText("a".repeat(257)), ErrorCode.CHAT_MESSAGE_TOO_LONG);

        assertThat(e.details()).containsEntry("max_length", 256).containsEntry("length", 257);
    }

    @Test
    void twoHundredFiftySixEmojiAreAcceptedBecauseLengthCountsCodePoints() {
        String text = "😀".repeat(256);
        assertThat(text.length()).isEqualTo(512);

        assertThat(rules.acceptText(text)).isEqualTo(text);
    }

    @Test
    void twoHundredFiftySevenEmojiAreTooLong() {
        ruleBroken(() -> rules.acceptText("😀".repeat(257)), ErrorCode.CHAT_MESSAGE_TOO_LONG);
    }

    @Test
    void acceptedTextPassesThroughTheProfanityFilter() {
        ChatRules filtering = new ChatRules(256, 3, 16, Set.of(), new ProfanityFilter(List.of("damn")));

        assertThat(filtering.acceptText("damn it")).isEqualTo("**** it");
    }

    @Test
    void runningCooldownIsRateLimitedWithRetryAfterMillis() {
        GameRuleException e = ruleBroken(() -> rules.checkCooldown(Duration.ofMillis(1500)),
                ErrorCode.CHAT_RATE_LIMITED);

        assertThat(e.details()).containsEntry("retry_after_ms", 1500L);
    }

    @Test
    void finishedCooldownPasses() {
        assertThatCode(() -> rules.checkCooldown(Duration.ZERO)).doesNotThrowAnyException();
    }

    @Test
    void playerMayNotUseGlobalChat() {
        ruleBroken(() -> rules.checkGlobalAllowed(Role.PLAYER), ErrorCode.CHAT_PERMISSION_DENIED);
    }

    @Test
    void configuredStaffRolesMayUseGlobalChat() {
        assertThatCode(() -> rules.checkGlobalAllowed(Role.MODERATOR)).doesNotThrowAnyException();
        assertThatCode(() -> rules.checkGlobalAllowed(Role.ADMIN)).doesNotThrowAnyException();
    }

    @Test
    void roleLeftOutOfTheConfigurationIsDenied() {
        ChatRules adminOnly = new ChatRules(256, 3, 16, Set.of(Role.ADMIN), ProfanityFilter.disabled());

        ruleBroken(() -> adminOnly.checkGlobalAllowed(Role.MODERATOR), ErrorCode.CHAT_PERMISSION_DENIED);
    }

    @ParameterizedTest(name = "listener at ({0},{1}) in range: {2}")
    @CsvSource({
            "8, 8, true",
            "63, 0, true",      // chunk 3
            "64, 0, false",     // chunk 4
            "0, 63, true",
            "0, 64, false",
            "63, 63, true",
            "-48, 0, true",     // chunk -3
            "-49, 0, false",    // chunk -4 (floor), not -3 (truncation)
            "0, -49, false"
    })
    void localRangeIsASquareOfChunksAroundTheSender(int x, int y, boolean inRange) {
        assertThat(rules.inLocalRange(at("world", 8, 8), at("world", x, y))).isEqualTo(inRange);
    }

    @Test
    void senderAtNegativeCoordinatesUsesFloorDivisionForItsChunk() {
        Position sender = at("world", -1, -1); // chunk (-1, -1)

        assertThat(rules.inLocalRange(sender, at("world", 47, 0))).isTrue();   // chunk 2, distance 3
        assertThat(rules.inLocalRange(sender, at("world", 48, 0))).isFalse();  // chunk 3, distance 4
    }

    @Test
    void listenerOnAnotherMapIsOutOfRange() {
        assertThat(rules.inLocalRange(at("world", 8, 8), at("dungeon", 8, 8))).isFalse();
    }
}
