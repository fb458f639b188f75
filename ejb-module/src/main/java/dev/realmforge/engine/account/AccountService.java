package dev.realmforge.engine.account;

import dev.realmforge.engine.auth.IssuedToken;
import dev.realmforge.engine.auth.TokenService;
import dev.realmforge.persistence.account.Account;
import dev.realmforge.persistence.account.Role;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.time.Clock;
import java.util.Optional;

/** Registration and login. Each call is one transaction. */
@Stateless
public class AccountService {

    @PersistenceContext(unitName = "realmforge")
    EntityManager em;

    @Inject
    PasswordHasher hasher;

    @Inject
    LoginThrottle throttle;

    @Inject
    RegistrationThrottle registrations;

    @Inject
    TokenService tokens;

    @Inject
    Clock clock;



    /**
     * Creates an account with the {@code player} role. The calling profile has checked its own
     * registration rules; this checks what every profile shares ({@link AccountRules}). Input that
     * passes counts toward the registration limit of {@code clientIp} before anything is hashed or
     * looked up. No profile state is created here: each profile makes its own on first use.
     */
    public AccountView register(String username, String password, String clientIp) {
        AccountRules.check(username, password);
        AccountRules.checkNotReserved(username);
        registrations.count(clientIp);
        return AccountView.of(create(username, password, Role.PLAYER));
    }

    /**
     * Checks credentials and issues a token. The attempt is counted by the login throttle before the
     * password is hashed; only a right password gives the count back.
     */
    public IssuedToken login(String username, String password, String clientIp) {
        if (username == null || password == null) {
            throw new AccountException(AccountException.Reason.INVALID_INPUT, "username and password are required");
        }
        LoginThrottle.Attempt attempt = throttle.begin(Account.usernameKey(username), clientIp);
        Optional<Account> found = findByUsername(username);
        if (found.isEmpty()) {
            hasher.burnVerification(password);
            throw badCredentials();
        }
        Account account = found.get();
        if (!hasher.matches(password, account.getPasswordHash())) {
            throw badCredentials();
        }
        throttle.succeeded(attempt);
        if (account.isBanned()) {
            throw new AccountException(AccountException.Reason.BANNED, "account is banned");
        }
        return tokens.issue(account.getId(), account.getUsername());
    }

    /**
     * Makes sure an admin account with this name exists: creates it, or raises an existing account
     * to admin. The password is only used when the account is created. A reserved name is refused
     * even if an account of that name exists from before it was reserved.
     */
    public AccountView ensureAdmin(String username, String password) {
        AccountRules.checkNotReserved(username);
        Optional<Account> existing = findByUsername(username);
        if (existing.isPresent()) {
            existing.get().changeRole(Role.ADMIN);
            return AccountView.of(existing.get());
        }
        AccountRules.checkBootstrapAdmin(username, password);
        return AccountView.of(create(username, password, Role.ADMIN));
    }

    private Account create(String username, String password, Role role) {
        if (findByUsername(username).isPresent()) {
            throw new AccountException(AccountException.Reason.USERNAME_TAKEN, "username is taken");
        }
        Account account = new Account(username, hasher.hash(password), role, clock.instant());
        em.persist(account);
        try {
            em.flush();
        } catch (PersistenceException e) {
            if (UniqueViolation.causedBy(e)) {
                // another registration of the same name committed between our check and this insert
                throw new AccountException(AccountException.Reason.USERNAME_TAKEN, "username is taken");
            }
            throw e;
        }
        return account;
    }

    private Optional<Account> findByUsername(String username) {
        return AccountLookup.byUsername(em, username);
    }

    private static AccountException badCredentials() {
        return new AccountException(AccountException.Reason.BAD_CREDENTIALS, "invalid username or password");
    }
}
