package dev.realmforge.engine.account;

import dev.realmforge.persistence.account.Account;
import java.util.Locale;

/** An account as the outside world may see it. */
public record AccountView(long id, String username, String role) {

    static AccountView of(Account account) {
        return new AccountView(account.getId(), account.getUsername(),
                account.getRole().name().toLowerCase(Locale.ROOT));
    }
}
