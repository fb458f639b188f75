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
 * Registrations per client address in a sliding window. Each registration costs a password hash
 * and rows in several tables, so one address may not create accounts without end. Every attempt
 * with acceptable input counts, taken names included (they cost a lookup and would otherwise let an
 * address probe which names exist for free). Counts live on this node only, like the login throttle.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class RegistrationThrottle {

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "realmforge.auth.register.per-ip", defaultValue = "10")
    int maxPerIp;

    @Inject
    @ConfigProperty(name = "realmforge.auth.register.window-seconds", defaultValue = "3600")
    int windowSeconds;

    @Inject
    @ConfigProperty(name = "realmforge.auth.register.tracked-keys", defaultValue = "100000")
    int trackedKeys;

    private FailureWindow byIp;

    @PostConstruct
    void init() {
        byIp = new FailureWindow(maxPerIp, Duration.ofSeconds(windowSeconds), trackedKeys);
    }

    /** Counts a registration from {@code clientIp}; throws THROTTLED (counting nothing) when the address is at its limit. */
    public void count(String clientIp) {
        Optional<Duration> wait = byIp.tryCount(String.valueOf(clientIp), clock.instant());
        if (wait.isPresent()) {
            throw new AccountException(AccountException.Reason.THROTTLED,
                    "too many registrations from this address; try again later", wait.get());
        }
    }
}
