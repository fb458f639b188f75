package dev.realmforge.engine.platform;

import dev.realmforge.engine.account.AccountService;
import dev.realmforge.engine.account.AccountView;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Creates (or promotes) the admin account named by {@code realmforge.admin.username} at start-up,
 * with {@code realmforge.admin.password} as its first password. Does nothing when unset.
 */
@Singleton
@Startup
@DependsOn({"SchemaMigrator", "SigningSecret"})
public class AdminBootstrap {

    private static final Logger LOG = Logger.getLogger(AdminBootstrap.class.getName());

    @Inject
    AccountService accounts;

    @Inject
    @ConfigProperty(name = "realmforge.admin.username")
    Optional<String> username;

    @Inject
    @ConfigProperty(name = "realmforge.admin.password")
    Optional<String> password;

    @PostConstruct
    void bootstrap() {
        if (username.isEmpty() || username.get().isBlank()) {
            return;
        }
        AccountView admin = accounts.ensureAdmin(username.get(), password.orElse(null));
        LOG.info(() -> "Admin account ready: " + admin.username());
    }
}
