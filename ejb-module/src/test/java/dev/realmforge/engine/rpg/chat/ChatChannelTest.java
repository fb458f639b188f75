package dev.realmforge.engine.rpg.chat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.realmforge.engine.rpg.error.RpgErrorCode;
import dev.realmforge.engine.error.GameRuleException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class ChatChannelTest {

    @ParameterizedTest
    @CsvSource({"local, LOCAL", "global, GLOBAL", "dm, DM"})
    void playerChannelsAreParsedFromLowerCaseNames(String name, ChatChannel expected) {
        assertThat(ChatChannel.parseSendable(name)).isEqualTo(expected);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"LOCAL", "Global", "system", "whisper", " local"})
    void otherNamesAreAnInvalidChannel(String name) {
        assertThatThrownBy(() -> ChatChannel.parseSendable(name))
                .isInstanceOfSatisfying(GameRuleException.class,
                        e -> assertThat(e.code()).isEqualTo(RpgErrorCode.CHAT_INVALID_CHANNEL));
    }

    @ParameterizedTest
    @CsvSource({"LOCAL, local", "SYSTEM, system"})
    void keyIsLowerCase(ChatChannel channel, String wireName) {
        assertThat(channel.key()).isEqualTo(wireName);
    }
}
