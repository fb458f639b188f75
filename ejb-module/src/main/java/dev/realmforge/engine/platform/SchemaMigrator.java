package dev.realmforge.engine.platform;

import dev.realmforge.persistence.account.Account;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.Lock;
import jakarta.ejb.LockType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Brings the database schema up to date with Flyway before anything else touches it, after making
 * sure an embedded H2 writes each commit to its file before the commit returns
 * ({@link EmbeddedDurability}). Every other start-up bean that uses the database depends on this one.
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

    private Flyway flyway;
    private DataSource dataSource;

    @PostConstruct
    void migrate() {
        try {
            dataSource = InitialContext.doLookup(dataSourceName);
        } catch (NamingException e) {
            throw new IllegalStateException("No datasource at " + dataSourceName, e);
        }
        EmbeddedDurability.ensure(dataSource);
        flyway = Flyway.configure(Account.class.getClassLoader())
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .load();
        MigrateResult result = flyway.migrate();
        LOG.info(() -> "Database schema at version " + result.targetSchemaVersion
                + " (" + result.migrationsExecuted + " migrations applied now)");
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

    /** Migrations known to this build that the database has not applied (asks the database). */
    @Lock(LockType.READ)
    public int pendingMigrations() {
        return flyway.info().pending().length;
    }
}
