package dev.realmforge.engine.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.realmforge.persistence.account.Account;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The schema runner on an in-memory H2, with the real core migrations (persistence-module's
 * {@code db/migration}) and test-only profiles from this module's test resources
 * ({@code db/profile/testprofile}, {@code laterprofile}, {@code brokenprofile}, {@code zeroprofile}).
 */
class MigrationsTest {

    private static final ClassLoader LOADER = Account.class.getClassLoader();

    private JdbcDataSource database;
    private final List<String> logged = new ArrayList<>();
    private final Handler recorder = new Handler() {
        @Override
        public void publish(LogRecord record) {
            logged.add(record.getMessage());
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };

    @BeforeEach
    void freshDatabase() {
        database = new JdbcDataSource();
        database.setURL("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        database.setUser("sa");
        Logger.getLogger(Migrations.class.getName()).addHandler(recorder);
    }

    @AfterEach
    void dropDatabase() throws SQLException {
        Logger.getLogger(Migrations.class.getName()).removeHandler(recorder);
        execute("SHUTDOWN");
    }

    private Migrations runner(String... profiles) {
        return Migrations.of(database, LOADER, List.of(profiles));
    }

    @Test
    void theCoreRunsFirstThenEachProfileByName() throws SQLException {
        runner("testprofile", "laterprofile").migrate();

        assertThat(logged).hasSize(3);
        assertThat(logged.get(0)).startsWith("Database schema at version 2");
        assertThat(logged.get(1)).startsWith("Schema of profile laterprofile at version 1 (1 migrations");
        assertThat(logged.get(2)).startsWith("Schema of profile testprofile at version 2 (2 migrations");
        // both profiles' tables reference account(id), which only the core's V1 creates
        execute("INSERT INTO account (id, username, username_key, password_hash, role, banned, created_at)"
                + " VALUES (1, 'Ann', 'ann', 'x', 'PLAYER', FALSE, CURRENT_TIMESTAMP)");
        execute("INSERT INTO testprofile_note (id, account_id, body, pinned) VALUES (50, 1, 'hello', TRUE)");
        execute("INSERT INTO laterprofile_badge (account_id, badge) VALUES (1, 'first')");
    }

    @Test
    void eachProfileKeepsItsOwnHistoryTable() throws SQLException {
        runner("testprofile").migrate();

        assertThat(history("flyway_schema_history"))
                .containsExactly("1:V1__accounts_and_players.sql", "2:V2__items.sql");
        assertThat(history(Migrations.historyTable("testprofile")))
                .containsExactly("0:<< Flyway Baseline >>", "1:V1__notes.sql", "2:V2__note_pins.sql");
    }

    @Test
    void runningAgainAppliesNothing() throws SQLException {
        runner("testprofile", "laterprofile").migrate();
        List<String> core = history("flyway_schema_history");
        List<String> test = history("flyway_schema_history_testprofile");
        logged.clear();

        runner("testprofile", "laterprofile").migrate();

        assertThat(logged).allMatch(line -> line.endsWith("(0 migrations applied now)"));
        assertThat(history("flyway_schema_history")).isEqualTo(core);
        assertThat(history("flyway_schema_history_testprofile")).isEqualTo(test);
        assertThat(runner("testprofile", "laterprofile").pending().none()).isTrue();
    }

    @Test
    void pendingMigrationsAreCountedForTheCoreAndForEachProfile() {
        Migrations runner = runner("testprofile", "laterprofile");

        PendingMigrations before = runner.pending();
        runner.migrate();
        PendingMigrations after = runner.pending();

        assertThat(before.core()).isEqualTo(2);
        assertThat(before.byProfile()).containsExactly(Map.entry("laterprofile", 1), Map.entry("testprofile", 2));
        assertThat(before.none()).isFalse();
        assertThat(after.core()).isZero();
        assertThat(after.byProfile()).containsExactly(Map.entry("laterprofile", 0), Map.entry("testprofile", 0));
        assertThat(after.none()).isTrue();
    }

    /** Today's databases have only the core's history: a new profile's scripts all run, from its V1. */
    @Test
    void aProfileAddedToAnExistingDatabaseRunsFromItsFirstScript() throws SQLException {
        runner().migrate();
        List<String> core = history("flyway_schema_history");

        Migrations withProfile = runner("testprofile");
        assertThat(withProfile.pending().core()).isZero();
        assertThat(withProfile.pending().byProfile()).containsExactly(Map.entry("testprofile", 2));
        withProfile.migrate();

        assertThat(history("flyway_schema_history")).isEqualTo(core);
        assertThat(history("flyway_schema_history_testprofile"))
                .containsExactly("0:<< Flyway Baseline >>", "1:V1__notes.sql", "2:V2__note_pins.sql");
        assertThat(withProfile.pending().none()).isTrue();

        runner("laterprofile", "testprofile").migrate();
        assertThat(history("flyway_schema_history_laterprofile"))
                .containsExactly("0:<< Flyway Baseline >>", "1:V1__badges.sql");
    }

    @Test
    void aFailingProfileMigrationFailsTheRunNamingTheProfileAndStopsThere() throws SQLException {
        Migrations runner = runner("testprofile", "brokenprofile");

        assertThatThrownBy(runner::migrate)
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("profile brokenprofile")
                .hasMessageContaining("classpath:db/profile/brokenprofile")
                .hasMessageContaining("flyway_schema_history_brokenprofile");

        PendingMigrations pending = runner.pending();
        assertThat(pending.core()).isZero();
        assertThat(pending.byProfile()).containsEntry("testprofile", 2);
        assertThat(pending.none()).isFalse();
        // never silently up on a second start either
        assertThatThrownBy(runner("testprofile", "brokenprofile")::migrate)
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("profile brokenprofile");
        assertThat(tableExists("testprofile_note")).isFalse();
    }

    @Test
    void aDeclaredProfileWithoutAFolderFailsTheRun() {
        assertThatThrownBy(() -> runner("nosuchprofile").migrate())
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("profile nosuchprofile")
                .hasMessageContaining("Unable to resolve location classpath:db/profile/nosuchprofile");
    }

    @Test
    void aProfileMigrationBelowV1IsRefusedRatherThanSkipped() throws SQLException {
        assertThatThrownBy(runner("zeroprofile")::migrate)
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("profile zeroprofile")
                .hasMessageContaining("V0__too_early.sql");
        assertThat(tableExists("zeroprofile_thing")).isFalse();
    }

    @Test
    void profileNamesAreCheckedAndUnique() {
        for (String bad : List.of("core", "Mmo", "mmo-2", "2mmo", "", "a".repeat(32))) {
            assertThatThrownBy(() -> runner(bad)).as(bad).isInstanceOf(IllegalArgumentException.class);
        }
        assertThatThrownBy(() -> runner("testprofile", "testprofile"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("twice");
        assertThat(runner("mmo", "grid", "realm").profiles()).containsExactly("grid", "mmo", "realm");
    }

    @Test
    void unreadCountsAreNotNone() {
        PendingMigrations unread = PendingMigrations.unread(List.of("testprofile"));

        assertThat(unread.core()).isEqualTo(-1);
        assertThat(unread.byProfile()).containsExactly(Map.entry("testprofile", -1));
        assertThat(unread.none()).isFalse();
        assertThat(new PendingMigrations(0, new java.util.TreeMap<>(Map.of("testprofile", -1))).none()).isFalse();
    }

    /** "version:script" of each successful row with a version (the baseline's is 0), in the order applied. */
    private List<String> history(String table) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Connection connection = database.getConnection();
             Statement query = connection.createStatement();
             ResultSet row = query.executeQuery("SELECT \"version\", \"script\" FROM \"" + table
                     + "\" WHERE \"success\" AND \"version\" IS NOT NULL ORDER BY \"installed_rank\"")) {
            while (row.next()) {
                rows.add(row.getString(1) + ":" + row.getString(2));
            }
        }
        return rows;
    }

    private boolean tableExists(String table) throws SQLException {
        try (Connection connection = database.getConnection();
             ResultSet tables = connection.getMetaData().getTables(null, null, table.toUpperCase(), null)) {
            return tables.next();
        }
    }

    private void execute(String sql) throws SQLException {
        try (Connection connection = database.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
