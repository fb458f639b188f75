package dev.realmforge.micro;

import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.ejb.Singleton;

/**
 * The application's datasource on Payara Micro, defined by the application itself because Micro
 * has no admin console: embedded H2 by default, PostgreSQL by setting the {@code realmforge.db.*}
 * values (for example as REALMFORGE_DB_URL environment variables). See docs/configuration.md.
 * Defaults sit in the placeholders because the application's own config file is not yet visible
 * when Payara resolves them at deployment. {@code WRITE_DELAY=0} makes H2 write each commit to its
 * file before the commit returns (H2's default keeps commits in memory for up to 500 ms); the
 * schema migrator also sets it when a configured H2 URL leaves it out (docs/adr/0023-durability.md).
 * The EAR does not contain this class; there the server's JNDI resource is used.
 */
@Singleton
@DataSourceDefinition(
        name = "java:app/jdbc/realmforge",
        className = "${MPCONFIG=realmforge.db.datasource-class:org.h2.jdbcx.JdbcDataSource}",
        url = "${MPCONFIG=realmforge.db.url:jdbc:h2:file:./data/realmforge;DB_CLOSE_ON_EXIT=FALSE;WRITE_DELAY=0}",
        user = "${MPCONFIG=realmforge.db.user:realmforge}",
        password = "${MPCONFIG=realmforge.db.password:realmforge}",
        minPoolSize = 2,
        maxPoolSize = 32)
public class MicroDataSource {
}
