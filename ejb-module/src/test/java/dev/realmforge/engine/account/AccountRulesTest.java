package dev.realmforge.engine.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** What every profile agrees on; each profile's own registration rules are tested beside it. */
class AccountRulesTest {

    @ParameterizedTest
    @ValueSource(strings = {"System", "system", "SYSTEM", "sYsTeM", "Server"})
    void reservedNamesAreTakenInAnyCase(String username) {
        assertThatThrownBy(() -> AccountRules.checkNotReserved(username))
                .isInstanceOfSatisfying(AccountException.class, e ->
                        assertThat(e.reason())
                                .isEqualTo(AccountException.Reason.USERNAME_TAKEN));
    }

    @ParameterizedTest
    @ValueSource(strings = {"systems", "my_system", "alice"})
    void namesThatOnlyContainAReservedNameAreFree(String username) {
        assertThatCode(() -> AccountRules.checkNotReserved(username)).doesNotThrowAnyException();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "tab\there", "thirty-three-characters-long-name"})
    void theStoreRefusesNamesNoProfileCouldHave(String username) {
        assertThatThrownBy(() -> AccountRules.check(username, "any password"))
                .isInstanceOfSatisfying(AccountException.class, e ->
                        assertThat(e.reason()).isEqualTo(AccountException.Reason.INVALID_INPUT));
    }

    @Test
    void theStoreRefusesAMissingOrEmptyPassword() {
        assertThatThrownBy(() -> AccountRules.check("alice", null)).isInstanceOf(AccountException.class);
        assertThatThrownBy(() -> AccountRules.check("alice", "")).isInstanceOf(AccountException.class);
    }

    @Test
    void aShortPasswordIsAProfileRuleNotTheStores() {
        assertThatCode(() -> AccountRules.check("al", "x")).doesNotThrowAnyException();
    }

    @Test
    void theBootstrapAdminKeepsTheRulesAccountsHadBeforeProfiles() {
        assertThatCode(() -> AccountRules.checkBootstrapAdmin("it-admin", "it-admin-password")).doesNotThrowAnyException();
        assertThatThrownBy(() -> AccountRules.checkBootstrapAdmin("ad", "long enough password"))
                .isInstanceOf(AccountException.class);
        assertThatThrownBy(() -> AccountRules.checkBootstrapAdmin("admin", "short"))
                .isInstanceOf(AccountException.class);
        assertThatThrownBy(() -> AccountRules.checkBootstrapAdmin("admin", "x".repeat(73)))
                .isInstanceOf(AccountException.class);
    }
}
