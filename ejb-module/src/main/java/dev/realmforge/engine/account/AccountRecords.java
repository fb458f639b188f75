package dev.realmforge.engine.account;

import dev.realmforge.persistence.account.Account;
import dev.realmforge.persistence.account.Role;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.time.Clock;

/**
 * The account table's writes, each its own transaction. {@link AccountService} hashes passwords
 * before it calls here, so no transaction or database connection is held while a hash waits for
 * its turn or runs.
 */
@Stateless
public class AccountRecords {

    @PersistenceContext(unitName = "realmforge")
    EntityManager em;

    @Inject
    Clock clock;

    /**
     * Stores a new account with an already hashed password. The callers have looked the name up;
     * the unique index answers a registration of the same name that committed since: USERNAME_TAKEN.
     */
    public AccountView create(String username, String passwordHash, Role role) {
        Account account = new Account(username, passwordHash, role, clock.instant());
        em.persist(account);
        try {
            em.flush();
        } catch (PersistenceException e) {
            if (UniqueViolation.causedBy(e)) {
                // another registration of the same name committed between our check and this insert
                throw AccountService.usernameTaken();
            }
            throw e;
        }
        return AccountView.of(account);
    }
}
