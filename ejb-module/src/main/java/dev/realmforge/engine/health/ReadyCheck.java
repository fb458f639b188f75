package dev.realmforge.engine.health;

import dev.realmforge.engine.platform.PendingMigrations;
import dev.realmforge.engine.platform.SchemaMigrator;
import dev.realmforge.engine.tick.TickLoop;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/**
 * {@code /health/ready}: up when the database answers, every migration of this build is applied
 * (the core's and every profile's), and the tick loop drives at least one zone that has completed
 * a tick. A load balancer sends players only to a server that is ready. The data gives the core's
 * pending migrations as {@code pending-migrations} and each profile's with tables of its own as
 * {@code <profile>-pending-migrations}.
 */
@Readiness
@ApplicationScoped
public class ReadyCheck implements HealthCheck {

    private static final Logger LOG = Logger.getLogger(ReadyCheck.class.getName());

    @Inject
    SchemaMigrator schema;

    @Inject
    TickLoop loop;


    @Inject
    @ConfigProperty(name = "realmforge.health.database-timeout-seconds", defaultValue = "2")
    int databaseTimeoutSeconds;

    @Override
    public HealthCheckResponse call() {
        boolean database = databaseAnswers();
        PendingMigrations pending = database ? pendingMigrations() : unread();
        boolean ticking = !loop.zones().isEmpty() && loop.zones().stream().allMatch(zone -> zone.ticks() > 0);
        HealthCheckResponseBuilder response = HealthCheckResponse.named("realmforge-ready")
                .status(database && pending.none() && ticking)
                .withData("database", database ? "up" : "down")
                .withData("pending-migrations", pending.core());
        pending.byProfile().forEach((profile, count) -> response.withData(profile + "-pending-migrations", count));
        return response
                .withData("zones", String.join(",", loop.zones().stream().map(z -> z.settings().name()).toList()))
                .withData("tick-loop", ticking ? "running" : "not running")
                .build();
    }

    private boolean databaseAnswers() {
        try {
            return schema.databaseAnswers(databaseTimeoutSeconds);
        } catch (RuntimeException e) {
            LOG.log(Level.FINE, "Readiness: the database did not answer", e);
            return false;
        }
    }

    private PendingMigrations pendingMigrations() {
        try {
            return schema.pendingMigrations();
        } catch (RuntimeException e) {
            LOG.log(Level.FINE, "Readiness: migrations could not be read", e);
            return unread();
        }
    }

    /** Every count -1, with every profile's key still present when the profiles can be named. */
    private PendingMigrations unread() {
        try {
            return PendingMigrations.unread(schema.profiles());
        } catch (RuntimeException e) {
            LOG.log(Level.FINE, "Readiness: the migrator could not be asked", e);
            return PendingMigrations.unread(List.of());
        }
    }
}
