package dev.realmforge.engine.rpg.error;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.realmforge.engine.chat.ChatRefusal;
import dev.realmforge.engine.error.RuleCode;
import org.junit.jupiter.api.Test;

class RpgErrorCodeTest {

    @Test
    void rpgCodesAreThemselves() {
        assertThat(RpgErrorCode.of(RpgErrorCode.MOVEMENT_BLOCKED)).isSameAs(RpgErrorCode.MOVEMENT_BLOCKED);
    }

    @Test
    void theCoresChatRefusalsAreRpgsChatCodes() {
        assertThat(RpgErrorCode.of(ChatRefusal.RATE_LIMITED)).isEqualTo(RpgErrorCode.CHAT_RATE_LIMITED);
        assertThat(RpgErrorCode.of(ChatRefusal.EMPTY_MESSAGE)).isEqualTo(RpgErrorCode.CHAT_EMPTY_MESSAGE);
        assertThat(RpgErrorCode.of(ChatRefusal.MESSAGE_TOO_LONG)).isEqualTo(RpgErrorCode.CHAT_MESSAGE_TOO_LONG);
    }

    @Test
    void aCodeOfAnotherVocabularyIsAProgrammingError() {
        RuleCode foreign = () -> "SOMETHING_ELSE";
        assertThatThrownBy(() -> RpgErrorCode.of(foreign)).isInstanceOf(IllegalArgumentException.class);
    }
}
