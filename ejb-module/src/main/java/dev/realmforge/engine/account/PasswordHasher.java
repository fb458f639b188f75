package dev.realmforge.engine.account;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.time.Duration;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Hashes passwords with Jakarta Security's PBKDF2 (HMAC-SHA512, 32-byte salt). The stored string
 * carries algorithm, iterations and salt, so the iteration count can be raised without a migration.
 * At most {@code realmforge.auth.hash-concurrency} hashes run at once ({@link HashingPermits}); a
 * caller finding {@code hash-queue} others waiting, or waiting longer than {@code hash-wait-ms},
 * gets THROTTLED.
 */
@ApplicationScoped
public class PasswordHasher {

    @Inject
    Pbkdf2PasswordHash pbkdf2;

    @Inject
    @ConfigProperty(name = "realmforge.auth.pbkdf2-iterations", defaultValue = "210000")
    int iterations;

    @Inject
    @ConfigProperty(name = "realmforge.auth.hash-concurrency", defaultValue = "0")
    int concurrency;

    @Inject
    @ConfigProperty(name = "realmforge.auth.hash-queue", defaultValue = "16")
    int queue;

    @Inject
    @ConfigProperty(name = "realmforge.auth.hash-wait-ms", defaultValue = "10000")
    long maxWaitMs;

    private HashingPermits permits;

    /** Verified against when the account does not exist, so both paths cost the same. */
    private String decoyHash;

    @PostConstruct
    void init() {
        try {
            permits = new HashingPermits(concurrency, queue, Duration.ofMillis(maxWaitMs),
                    Runtime.getRuntime().availableProcessors());
        } catch (IllegalArgumentException refused) {
            throw new IllegalStateException("realmforge.auth.hash-concurrency, hash-queue and hash-wait-ms must be at least 0",
                    refused);
        }
        pbkdf2.initialize(Map.of(
                "Pbkdf2PasswordHash.Algorithm", "PBKDF2WithHmacSHA512",
                "Pbkdf2PasswordHash.Iterations", Integer.toString(iterations),
                "Pbkdf2PasswordHash.SaltSizeBytes", "32",
                "Pbkdf2PasswordHash.KeySizeBytes", "64"));
        decoyHash = pbkdf2.generate("decoy-password".toCharArray());
    }

    public String hash(String password) {
        return permits.run(() -> pbkdf2.generate(password.toCharArray()));
    }

    public boolean matches(String password, String storedHash) {
        return permits.run(() -> pbkdf2.verify(password.toCharArray(), storedHash));
    }

    /**
     * Spends the same work as a real verification; used when there is nothing to verify against.
     * Always false.
     */
    public boolean burnVerification(String password) {
        permits.run(() -> pbkdf2.verify(password.toCharArray(), decoyHash));
        return false;
    }
}
