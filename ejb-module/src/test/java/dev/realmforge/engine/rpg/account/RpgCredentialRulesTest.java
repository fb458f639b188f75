package dev.realmforge.engine.rpg.account;

import dev.realmforge.engine.account.AccountException;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RpgCredentialRulesTest {

    private static final String GOOD_PASSWORD = "correct horse";

    private static void assertRejected(String username, String password) {
        assertThatThrownBy(() -> RpgCredentialRules.check(username, password))
                .isInstanceOfSatisfying(AccountException.class, e ->
                        org.assertj.core.api.Assertions.assertThat(e.reason())
                                .isEqualTo(AccountException.Reason.INVALID_INPUT));
    }

    private static void assertAccepted(String username, String password) {
        assertThatCode(() -> RpgCredentialRules.check(username, password)).doesNotThrowAnyException();
    }

    @Test
    void usernameOf3CharactersIsAccepted() {
        assertAccepted("abc", GOOD_PASSWORD);
    }

    @Test
    void usernameOf32CharactersIsAccepted() {
        assertAccepted("a".repeat(32), GOOD_PASSWORD);
    }

    @Test
    void usernameOf2CharactersIsRejected() {
        assertRejected("ab", GOOD_PASSWORD);
    }

    @Test
    void usernameOf33CharactersIsRejected() {
        assertRejected("a".repeat(33), GOOD_PASSWORD);
    }

    @Test
    void usernameWithDigitsUnderscoreAndDashIsAccepted() {
        assertAccepted("Sir_Lancelot-42", GOOD_PASSWORD);
    }

    @ParameterizedTest
    @ValueSource(strings = {"john doe", "jöhn", "ユーザー名", "bob!", "alice\n", ""})
    void usernameOutsideTheAllowedAlphabetIsRejected(String username) {
        assertRejected(username, GOOD_PASSWORD);
    }

    @Test
    void nullUsernameIsRejected() {
        assertRejected(null, GOOD_PASSWORD);
    }

    @Test
    void nullPasswordIsRejected() {
        assertRejected("alice", null);
    }

    @Test
    void passwordOf7BytesIsRejected() {
        assertRejected("alice", "a".repeat(7));
    }

    @Test
    void passwordOf8BytesIsAccepted() {
        assertAccepted("alice", "a".repeat(8));
    }

    @Test
    void passwordOf72BytesIsAccepted() {
        assertAccepted("alice", "a".repeat(72));
    }

    @Test
    void passwordOf73BytesIsRejected() {
        assertRejected("alice", "a".repeat(73));
    }

    @Test
    void fourTwoByteCharactersMakeAnAcceptable8BytePassword() {
        assertAccepted("alice", "é".repeat(4));
    }

    @Test
    void twentyFiveTwoByteCharactersMake50BytesAndAreAccepted() {
        assertAccepted("alice", "é".repeat(25));
    }

    @Test
    void thirtySixTwoByteCharactersMakeExactly72BytesAndAreAccepted() {
        assertAccepted("alice", "é".repeat(36));
    }

    @Test
    void thirtySevenTwoByteCharactersMake74BytesAndAreRejected() {
        assertRejected("alice", "é".repeat(37));
    }

    @Test
    void nineteenFourByteEmojiMake76BytesAndAreRejected() {
        assertRejected("alice", "😀".repeat(19));
    }
}
