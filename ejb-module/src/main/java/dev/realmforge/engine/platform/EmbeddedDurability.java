package dev.realmforge.engine.platform;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * Makes an embedded H2 database write every commit to its file before the commit returns. H2's
 * default {@code WRITE_DELAY} of 500 ms leaves committed transactions in memory for up to half a
 * second, so a process killed in that window loses writes whose replies were already sent. With
 * {@code WRITE_DELAY} 0 the MVStore is stored on each commit: the change is in the operating
 * system's hands when the client is answered, which survives a killed process (not necessarily a
 * power loss; see docs/adr/0023-durability.md). Any other database is left alone.
 * <p>
 * The default URL already says {@code WRITE_DELAY=0}, which H2 applies whenever it opens the file;
 * this also covers a URL of the operator's own that does not. {@code SET WRITE_DELAY} needs an admin
 * user, which the user who created the database is. It is run on every start, whatever the
 * database reports: H2 2.3 stores the setting and lists the stored value in
 * {@code INFORMATION_SCHEMA.SETTINGS}, but opens the file again with the default of 500 ms, so a
 * database set to 0 by an earlier start reports 0 and still delays its commits (ServerRestartsIT
 * caught it: the second server of its chain lost writes it had answered).
 */
final class EmbeddedDurability {

    private static final Logger LOG = Logger.getLogger(EmbeddedDurability.class.getName());

    private EmbeddedDurability() {
    }

    static void ensure(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection()) {
            if (!"H2".equals(connection.getMetaData().getDatabaseProductName())) {
                return;
            }
            int stored = writeDelay(connection);
            try (Statement set = connection.createStatement()) {
                set.execute("SET WRITE_DELAY 0");
            } catch (SQLException e) {
                if (stored == 0) {
                    // A URL with WRITE_DELAY=0 (the default's) makes it 0 on every open; without it the
                    // delay may still be 500 ms, and only an admin could tell H2 otherwise.
                    LOG.warning(() -> "Could not run SET WRITE_DELAY 0 (it needs an admin user): commits are durable"
                            + " only if realmforge.db.url says ;WRITE_DELAY=0");
                    return;
                }
                throw new IllegalStateException("H2 keeps commits in memory for up to " + stored + " ms, so a crash"
                        + " would lose acknowledged writes, and SET WRITE_DELAY 0 failed (it needs an admin user);"
                        + " add ;WRITE_DELAY=0 to realmforge.db.url", e);
            }
            if (stored != 0) {
                LOG.warning(() -> "H2 had WRITE_DELAY " + stored + " ms, which loses acknowledged writes on a crash;"
                        + " set it to 0 (commits reach the file before they return)");
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not check the database's commit durability", e);
        }
    }

    private static int writeDelay(Connection connection) throws SQLException {
        try (Statement query = connection.createStatement();
             ResultSet row = query.executeQuery(
                     "SELECT SETTING_VALUE FROM INFORMATION_SCHEMA.SETTINGS WHERE SETTING_NAME = 'WRITE_DELAY'")) {
            return row.next() ? Integer.parseInt(row.getString(1).trim()) : -1;
        }
    }
}
