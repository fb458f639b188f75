package dev.realmforge.engine.account;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Failed-login limits per client address and per account name. Every attempt is counted before its
 * password is hashed and given back if the password was right, so at most the limit of wrong
 * passwords is ever checked per window, however many arrive at once. The counts live on this node
 * only; see docs/adr/0006-tokens-and-passwords.md.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class LoginThrottle {

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "realmforge.auth.login-failures.per-account", defaultValue = "5")
    int maxPerAccount;

    @Inject
    @ConfigProperty(name = "realmforge.auth.login-failures.per-ip", defaultValue = "20")
    int maxPerIp;

    @Inject
    @ConfigProperty(name = "realmforge.auth.login-failures.window-seconds", defaultValue = "900")
    int windowSeconds;

    @Inject
    @ConfigProperty(name = "realmforge.auth.login-failures.tracked-keys", defaultValue = "100000")
    int trackedKeys;

    private FailureWindow byAccount;
    private FailureWindow byIp;

    @PostConstruct
    void init() {
        Duration window = Duration.ofSeconds(windowSeconds);
        byAccount = new FailureWindow(maxPerAccount, window, trackedKeys);
        byIp = new FailureWindow(maxPerIp, window, trackedKeys);
    }

    /** A counted login attempt, to give back with {@link #succeeded} when the password was right. */
    public record Attempt(String usernameKey, String clientIp, Instant countedAt) {
    }

    /**
     * Counts a login attempt for the address and for the account before the password is checked,
     * in one atomic step per key, so concurrent attempts cannot all pass a limit that they
     * together exceed. Throws THROTTLED (counting nothing) when either key is at its limit.
     */
    public Attempt begin(String usernameKey, String clientIp) {
        Instant now = clock.instant();
        Optional<Duration> ipWait = byIp.tryCount(clientIp, now);
        if (ipWait.isPresent()) {
            throw throttled(ipWait.get());
        }
        Optional<Duration> accountWait = byAccount.tryCount(usernameKey, now);
        if (accountWait.isPresent()) {
            byIp.release(clientIp, now);
            throw throttled(accountWait.get());
        }
        return new Attempt(usernameKey, clientIp, now);
    }

    /** The password was right: the address gets its count back and the account starts afresh. */
    public void succeeded(Attempt attempt) {
        byIp.release(attempt.clientIp(), attempt.countedAt());
        byAccount.reset(attempt.usernameKey());
    }

    /** The password was never checked (the server was too busy): both counts are given back. */
    public void unchecked(Attempt attempt) {
        byIp.release(attempt.clientIp(), attempt.countedAt());
        byAccount.release(attempt.usernameKey(), attempt.countedAt());
    }

    private static AccountException throttled(Duration wait) {
        return new AccountException(AccountException.Reason.THROTTLED, "too many failed logins; try again later", wait);
    }
}
