package dev.realmforge.engine.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import org.h2.engine.SessionLocal;
import org.h2.jdbc.JdbcConnection;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The commit delay H2 really uses (its MVStore's auto-commit delay, read through H2's own classes),
 * not the one it reports in INFORMATION_SCHEMA.SETTINGS, on a file database whose URL does not say
 * WRITE_DELAY=0.
 */
class EmbeddedDurabilityTest {

    @TempDir
    Path dir;

    private JdbcDataSource withoutTheSetting() {
        JdbcDataSource dataSource = new JdbcDataSource();
        dataSource.setURL("jdbc:h2:file:" + dir.resolve("db").toAbsolutePath());
        dataSource.setUser("realmforge");
        dataSource.setPassword("realmforge");
        return dataSource;
    }

    private static int effectiveDelay(Connection connection) throws SQLException {
        SessionLocal session = (SessionLocal) connection.unwrap(JdbcConnection.class).getSession();
        return session.getDatabase().getWriteDelay();
    }

    @Test
    void aNewDatabaseCommitsWithoutDelay() throws SQLException {
        JdbcDataSource dataSource = withoutTheSetting();
        try (Connection open = dataSource.getConnection()) {
            assertThat(effectiveDelay(open)).as("H2's default").isEqualTo(500);
            EmbeddedDurability.ensure(dataSource);
            assertThat(effectiveDelay(open)).isZero();
        }
    }

    @Test
    void aDatabaseSetByAnEarlierStartIsSetAgainBecauseH2ForgetsIt() throws SQLException {
        try (Connection first = withoutTheSetting().getConnection()) {
            EmbeddedDurability.ensure(withoutTheSetting());
            assertThat(effectiveDelay(first)).isZero();
        } // the last connection closes the database
        JdbcDataSource reopened = withoutTheSetting();
        try (Connection again = reopened.getConnection()) {
            assertThat(effectiveDelay(again)).as("reopened with the default, though the stored setting says 0")
                    .isEqualTo(500);
            EmbeddedDurability.ensure(reopened);
            assertThat(effectiveDelay(again)).isZero();
        }
    }

    @Test
    void aUrlThatSaysNoDelayKeepsNoDelay() throws SQLException {
        JdbcDataSource dataSource = withoutTheSetting();
        dataSource.setURL(dataSource.getURL() + ";WRITE_DELAY=0");
        try (Connection open = dataSource.getConnection()) {
            EmbeddedDurability.ensure(dataSource);
            assertThat(effectiveDelay(open)).isZero();
        }
    }
}
