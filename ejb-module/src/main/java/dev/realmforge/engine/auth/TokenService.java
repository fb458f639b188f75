package dev.realmforge.engine.auth;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Issues and verifies access tokens with the server's signing secret. */
@ApplicationScoped
public class TokenService {

    @Inject
    SigningSecret secret;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "realmforge.jwt.expiry-seconds", defaultValue = "86400")
    long expirySeconds;

    private JwtCodec codec;

    @PostConstruct
    void init() {
        codec = new JwtCodec(secret.bytes(), clock, Duration.ofSeconds(expirySeconds));
    }

    public IssuedToken issue(long accountId, String username) {
        return codec.issue(accountId, username);
    }

    public long verify(String token) throws TokenRejectedException {
        return codec.verify(token);
    }
}
