package dev.realmforge.engine.account;

import dev.realmforge.engine.auth.IssuedToken;
import dev.realmforge.engine.auth.TokenService;
import dev.realmforge.persistence.account.Account;
import dev.realmforge.persistence.account.Role;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;

/**
 * Registration and login. Neither runs in a transaction: a password hash may wait for its turn
 * ({@link PasswordHasher}) and must not hold a database connection meanwhile; the one write,
 * registration's insert, is its own transaction in {@link AccountRecords}.
 */
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
    AccountRecords records;

    /**
     * Creates an account with the {@code player} role. The calling profile has checked its own
     * registration rules; this checks what every profile shares ({@link AccountRules}). Input that
     * passes counts toward the registration limit of {@code clientIp} before anything is hashed or
     * looked up. No profile state is created here: each profile makes its own on first use.
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public AccountView register(String username, String password, String clientIp) {
        AccountRules.check(username, password);
        AccountRules.checkNotReserved(username);
        registrations.count(clientIp);
        if (findByUsername(username).isPresent()) {
            throw usernameTaken(); // without spending a hash on it; the unique index catches a race
        }
        return records.create(username, hasher.hash(password), Role.PLAYER);
    }

    /**
     * Checks credentials and issues a token. The attempt is counted by the login throttle before the
     * password is hashed; only a right password gives the count back, and so does a refusal
     * because the server was too busy to check it.
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public IssuedToken login(String username, String password, String clientIp) {
        if (username == null || password == null) {
            throw new AccountException(AccountException.Reason.INVALID_INPUT, "username and password are required");
        }
        LoginThrottle.Attempt attempt = throttle.begin(Account.usernameKey(username), clientIp);
        Optional<Account> found = findByUsername(username);
        boolean right;
        try {
            right = found.isPresent() ? hasher.matches(password, found.get().getPasswordHash())
                    : hasher.burnVerification(password);
        } catch (AccountException busy) {
            throttle.unchecked(attempt);
            throw busy;
        }
        if (!right) {
            throw badCredentials();
        }
        Account account = found.get();
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
        return records.create(username, hasher.hash(password), Role.ADMIN);
    }

    private Optional<Account> findByUsername(String username) {
        return AccountLookup.byUsername(em, username);
    }

    static AccountException usernameTaken() {
        return new AccountException(AccountException.Reason.USERNAME_TAKEN, "username is taken");
    }

    private static AccountException badCredentials() {
        return new AccountException(AccountException.Reason.BAD_CREDENTIALS, "invalid username or password");
    }
}
