package dev.realmforge.engine.chat;

import static org.assertj.core.api.Assertions.assertThat;

import dev.realmforge.engine.error.GameRuleException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ChatTextTest {

    private final ChatRules rules = new ChatRules(256, ProfanityFilter.disabled());

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "a\u0000b|ab",
        "red \u001b[31mtext|red [31mtext",
        "gnp.exe\u202Etxt|gnp.exetxt",
        "x\u2066y\u2069z|xyz",
        "c1\u0085\u009bdone|c1done",
        "del\u007f|del"
    })
    void controlCharactersAndBidiOverridesNeverReachRecipients(String typed, String seen) {
        assertThat(rules.acceptText(typed)).isEqualTo(seen);
    }

    @Test
    void lineBreaksAndTabsBecomeSpaces() {
        assertThat(rules.acceptText("line\r\nforged")).isEqualTo("line  forged");
        assertThat(rules.acceptText("tab\there")).isEqualTo("tab here");
    }

    @Test
    void ordinaryTextEmojiAndRightToLeftMarksAreKept() {
        String text = "héllo \uD83D\uDE00 \u05E9\u05DC\u05D5\u05DD\u200F!";
        assertThat(rules.acceptText(text)).isSameAs(text);
    }

    @Test
    void aMessageOfControlsOnlyIsEmpty() {
        GameRuleException rule = org.assertj.core.api.Assertions.catchThrowableOfType(
                () -> rules.acceptText("\u0000\u001b\u202E"), GameRuleException.class);
        assertThat(rule.code()).isEqualTo(ChatRefusal.EMPTY_MESSAGE);
    }
}
