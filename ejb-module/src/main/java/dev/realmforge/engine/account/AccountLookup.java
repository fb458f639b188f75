package dev.realmforge.engine.account;

import dev.realmforge.persistence.account.Account;
import jakarta.persistence.EntityManager;
import java.util.Optional;

/** The one way this package finds an account by name: case-insensitive, through its named query. */
final class AccountLookup {

    private AccountLookup() {
    }

    static Optional<Account> byUsername(EntityManager em, String username) {
        return em.createNamedQuery(Account.FIND_BY_USERNAME_KEY, Account.class)
                .setParameter("key", Account.usernameKey(username))
                .getResultStream()
                .findFirst();
    }
}
