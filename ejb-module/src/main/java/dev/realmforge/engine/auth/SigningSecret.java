package dev.realmforge.engine.auth;

import dev.realmforge.persistence.setting.ServerSetting;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Lock;
import jakarta.ejb.LockType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The HMAC secret for tokens. Taken from {@code realmforge.jwt.secret} when set (at least 32 bytes);
 * otherwise generated once and kept in the database, so a restart does not log everyone out.
 */
@Singleton
@Startup
@DependsOn("SchemaMigrator")
@Lock(LockType.READ)
public class SigningSecret {

    static final String SETTING_NAME = "jwt.secret";
    private static final Logger LOG = Logger.getLogger(SigningSecret.class.getName());

    @PersistenceContext(unitName = "realmforge")
    EntityManager em;

    @Inject
    @ConfigProperty(name = "realmforge.jwt.secret")
    Optional<String> configured;

    private byte[] secret;

    @PostConstruct
    void init() {
        if (configured.isPresent() && !configured.get().isBlank()) {
            secret = configured.get().getBytes(StandardCharsets.UTF_8);
            if (secret.length < 32) {
                throw new IllegalStateException("realmforge.jwt.secret must be at least 32 bytes");
            }
            return;
        }
        ServerSetting stored = em.find(ServerSetting.class, SETTING_NAME);
        if (stored == null) {
            byte[] fresh = new byte[32];
            new SecureRandom().nextBytes(fresh);
            stored = new ServerSetting(SETTING_NAME, Base64.getEncoder().encodeToString(fresh));
            em.persist(stored);
            LOG.info("Generated a token signing secret and stored it in the database");
        }
        secret = Base64.getDecoder().decode(stored.getValue());
    }

    public byte[] bytes() {
        return secret.clone();
    }
}
