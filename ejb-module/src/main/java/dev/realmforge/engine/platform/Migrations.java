package dev.realmforge.engine.platform;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationState;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * The Flyway runs that bring one database up to date: first the core's ({@code db/migration},
 * Flyway's default history table {@code flyway_schema_history}), then one per declared profile, in
 * the order of their names: {@code db/profile/<p>}, numbered from {@code V1}, history table
 * {@code flyway_schema_history_<p>}. A profile's scripts may therefore reference the core's tables.
 * <p>
 * <b>A profile's history on an existing database.</b> When a profile first runs, its history table
 * does not exist yet but the schema is not empty (the core's tables are there), and Flyway refuses
 * to migrate a non-empty schema without a history. Each profile's history is therefore started
 * with a baseline at version 0, below every script a profile may have: all of its scripts run, none
 * is skipped. Version 0 and below is refused ({@link #migrate}), since the baseline would hide it.
 * The core's run has no baseline: a non-empty database without the core's history stays an error.
 */
final class Migrations {

    /** The name the core's run goes by in logs and errors. No profile may take it. */
    static final String CORE = "core";

    static final String CORE_LOCATION = "classpath:db/migration";

    private static final Pattern PROFILE_NAME = Pattern.compile("[a-z][a-z0-9]{0,30}");
    private static final MigrationVersion FIRST = MigrationVersion.fromVersion("1");
    private static final Logger LOG = Logger.getLogger(Migrations.class.getName());

    private final Flyway core;
    private final SortedMap<String, Flyway> profiles;

    private Migrations(Flyway core, SortedMap<String, Flyway> profiles) {
        this.core = core;
        this.profiles = profiles;
    }

    /**
     * The runs for this database: the core's and one for each named profile. Scripts are read with
     * {@code loader} (the persistence module's, where {@code db/} lives).
     *
     * @throws IllegalArgumentException for a name that is not a valid profile name, or a name given twice
     */
    static Migrations of(DataSource dataSource, ClassLoader loader, Collection<String> profileNames) {
        Flyway core = Flyway.configure(loader)
                .dataSource(dataSource)
                .locations(CORE_LOCATION)
                .load();
        SortedMap<String, Flyway> profiles = new TreeMap<>();
        for (String name : profileNames) {
            checkName(name);
            if (profiles.containsKey(name)) {
                throw new IllegalArgumentException("Profile " + name + " declares its schema twice (two ProfileSchema beans)");
            }
            profiles.put(name, Flyway.configure(loader)
                    .dataSource(dataSource)
                    .locations(location(name))
                    .table(historyTable(name))
                    .failOnMissingLocations(true)
                    .baselineOnMigrate(true)
                    .baselineVersion(MigrationVersion.fromVersion("0"))
                    .load());
        }
        return new Migrations(core, profiles);
    }

    /** Where a profile's scripts are: {@code classpath:db/profile/<p>}. */
    static String location(String profile) {
        return "classpath:db/profile/" + profile;
    }

    /** A profile's history table: {@code flyway_schema_history_<p>}. */
    static String historyTable(String profile) {
        return "flyway_schema_history_" + profile;
    }

    private static void checkName(String name) {
        if (name == null || !PROFILE_NAME.matcher(name).matches() || CORE.equals(name)) {
            throw new IllegalArgumentException("Not a profile name for a schema: " + name + " (a lower-case letter,"
                    + " then up to 30 lower-case letters or digits, and not '" + CORE + "')");
        }
    }

    /** The declared profiles, by name. */
    List<String> profiles() {
        return List.copyOf(profiles.keySet());
    }

    /**
     * Runs the core's migrations, then each profile's, stopping at the first failure.
     *
     * @throws IllegalStateException naming the run that failed; the runs before it stay applied
     */
    void migrate() {
        MigrateResult coreResult = run("the core", CORE_LOCATION, "flyway_schema_history", core::migrate);
        LOG.info(() -> "Database schema at version " + coreResult.targetSchemaVersion
                + " (" + coreResult.migrationsExecuted + " migrations applied now)");
        profiles.forEach((name, flyway) -> {
            MigrateResult result = run("profile " + name, location(name), historyTable(name), () -> {
                refuseBelowFirst(name, flyway);
                return flyway.migrate();
            });
            LOG.info(() -> "Schema of profile " + name + " at version " + result.targetSchemaVersion
                    + " (" + result.migrationsExecuted + " migrations applied now)");
        });
    }

    private static MigrateResult run(String owner, String location, String table, Supplier<MigrateResult> migration) {
        try {
            return migration.get();
        } catch (RuntimeException e) {
            throw new IllegalStateException("Migrating the schema of " + owner + " failed (" + location
                    + ", history table " + table + "): " + e.getMessage(), e);
        }
    }

    private static void refuseBelowFirst(String name, Flyway flyway) {
        List<String> below = new ArrayList<>();
        for (MigrationInfo info : flyway.info().all()) {
            boolean script = info.getState() != MigrationState.BASELINE;
            if (script && info.isVersioned() && info.getVersion().compareTo(FIRST) < 0) {
                below.add(info.getScript());
            }
        }
        if (!below.isEmpty()) {
            throw new IllegalStateException("Profile " + name + " has migrations below V1, which its history's"
                    + " baseline (version 0) would skip: " + below + "; number a profile's migrations from V1");
        }
    }

    /** What each run has still to apply (asks the database); -1 for a run that could not be read. */
    PendingMigrations pending() {
        SortedMap<String, Integer> byProfile = new TreeMap<>();
        profiles.forEach((name, flyway) -> byProfile.put(name, pending(name, flyway)));
        return new PendingMigrations(pending(CORE, core), byProfile);
    }

    private static int pending(String name, Flyway flyway) {
        try {
            return flyway.info().pending().length;
        } catch (RuntimeException e) {
            LOG.log(Level.FINE, e, () -> "Pending migrations of " + name + " could not be read");
            return -1;
        }
    }
}
