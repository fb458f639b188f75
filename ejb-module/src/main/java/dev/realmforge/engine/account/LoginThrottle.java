package dev.realmforge.engine.account;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Failed-login limits per client address and per account name. The counts live on this node only;
 * see docs/adr/0006-tokens-and-passwords.md.
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

    /** Throws THROTTLED when either the address or the account has too many recent failures. */
    public void checkAllowed(String usernameKey, String clientIp) {
        Optional<Duration> wait = byIp.blockedFor(clientIp, clock.instant())
                .or(() -> byAccount.blockedFor(usernameKey, clock.instant()));
        if (wait.isPresent()) {
            throw new AccountException(AccountException.Reason.THROTTLED,
                    "too many failed logins; try again later", wait.get());
        }
    }

    public void recordFailure(String usernameKey, String clientIp) {
        byIp.recordFailure(clientIp, clock.instant());
        byAccount.recordFailure(usernameKey, clock.instant());
    }

    public void recordSuccess(String usernameKey) {
        byAccount.reset(usernameKey);
    }
}
