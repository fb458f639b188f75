package dev.realmforge.engine.platform;

import dev.realmforge.persistence.account.Account;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.ejb.Lock;
import jakarta.ejb.LockType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Brings the database schema up to date with Flyway before anything else touches it, after making
 * sure an embedded H2 writes each commit to its file before the commit returns
 * ({@link EmbeddedDurability}): the core's migrations first, then those of every profile that
 * declares a {@link ProfileSchema}, by name ({@link Migrations}). Every other start-up bean that
 * uses the database depends on this one. Any migration that fails fails this bean, and with it the
 * deployment: the server never runs on part of its schema.
 */
@Singleton
@Startup
@TransactionManagement(TransactionManagementType.BEAN)
public class SchemaMigrator {

    private static final Logger LOG = Logger.getLogger(SchemaMigrator.class.getName());

    /** The same name the persistence unit uses (persistence.xml). */
    @Inject
    @ConfigProperty(name = "realmforge.db.jndi-name", defaultValue = "java:app/jdbc/realmforge")
    String dataSourceName;

    /** Every profile's declaration that it has tables of its own. */
    @Inject
    @Any
    Instance<ProfileSchema> profileSchemas;

    private Migrations migrations;
    private DataSource dataSource;

    @PostConstruct
    void migrate() {
        try {
            dataSource = InitialContext.doLookup(dataSourceName);
        } catch (NamingException e) {
            throw new IllegalStateException("No datasource at " + dataSourceName, e);
        }
        EmbeddedDurability.ensure(dataSource);
        List<String> profiles = profileSchemas.stream().map(ProfileSchema::profile).toList();
        // the scripts are in the persistence module, beside the entities
        migrations = Migrations.of(dataSource, Account.class.getClassLoader(), profiles);
        migrations.migrate();
    }

    /** The profiles whose schemas this server migrates, by name. */
    @Lock(LockType.READ)
    public List<String> profiles() {
        return migrations.profiles();
    }

    /**
     * Whether the database answers within {@code timeoutSeconds}, through the datasource found at
     * start-up (health checks run outside the application's naming context).
     */
    @Lock(LockType.READ)
    public boolean databaseAnswers(int timeoutSeconds) {
        try (Connection connection = dataSource.getConnection()) {
            return connection.isValid(timeoutSeconds);
        } catch (SQLException e) {
            LOG.log(Level.FINE, "The database did not answer", e);
            return false;
        }
    }

    /**
     * Migrations known to this build that the database has not applied, the core's and each
     * profile's (asks the database; a count that could not be read is -1).
     */
    @Lock(LockType.READ)
    public PendingMigrations pendingMigrations() {
        return migrations.pending();
    }
}
