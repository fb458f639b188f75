package dev.realmforge.engine.chat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.realmforge.engine.error.GameRuleException;
import dev.realmforge.engine.error.RuleCode;
import java.time.Duration;
import java.util.List;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ChatRulesTest {

    private final ChatRules rules = new ChatRules(256, ProfanityFilter.disabled());

    private static GameRuleException ruleBroken(ThrowingCallable call, RuleCode code) {
        Throwable thrown = org.assertj.core.api.Assertions.catchThrowable(call);
        assertThat(thrown).isInstanceOf(GameRuleException.class);
        GameRuleException rule = (GameRuleException) thrown;
        assertThat(rule.code()).isEqualTo(code);
        return rule;
    }


    @ParameterizedTest
    @ValueSource(strings = {"", " ", "   \t\n"})
    void emptyOrWhitespaceOnlyTextIsAnEmptyMessage(String text) {
        ruleBroken(() -> rules.acceptText(text), ChatRefusal.EMPTY_MESSAGE);
    }

    @Test
    void nullTextIsAnEmptyMessage() {
        ruleBroken(() -> rules.acceptText(null), ChatRefusal.EMPTY_MESSAGE);
    }

    @Test
    void textOf256CodePointsIsAcceptedUnchanged() {
        String text = "a".repeat(256);

        assertThat(rules.acceptText(text)).isEqualTo(text);
    }

    @Test
    void textOf257CodePointsIsTooLong() {
        GameRuleException e = ruleBroken(() -> rules.acceptText("a".repeat(257)), ChatRefusal.MESSAGE_TOO_LONG);

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
        ruleBroken(() -> rules.acceptText("😀".repeat(257)), ChatRefusal.MESSAGE_TOO_LONG);
    }

    @Test
    void acceptedTextPassesThroughTheProfanityFilter() {
        ChatRules filtering = new ChatRules(256, new ProfanityFilter(List.of("damn")));

        assertThat(filtering.acceptText("damn it")).isEqualTo("**** it");
    }

    @Test
    void runningCooldownIsRateLimitedWithRetryAfterMillis() {
        GameRuleException e = ruleBroken(() -> rules.checkCooldown(Duration.ofMillis(1500)),
                ChatRefusal.RATE_LIMITED);

        assertThat(e.details()).containsEntry("retry_after_ms", 1500L);
    }

    @Test
    void finishedCooldownPasses() {
        assertThatCode(() -> rules.checkCooldown(Duration.ZERO)).doesNotThrowAnyException();
    }
}
