package dev.realmforge.micro;

import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.ejb.Singleton;

/**
 * The application's datasource on Payara Micro, defined by the application itself because Micro
 * has no admin console: embedded H2 by default, PostgreSQL by setting the {@code realmforge.db.*}
 * values (for example as REALMFORGE_DB_URL environment variables). See docs/configuration.md.
 * The EAR does not contain this class; there the server's JNDI resource is used.
 */
@Singleton
@DataSourceDefinition(
        name = "java:app/jdbc/realmforge",
        className = "${MPCONFIG=realmforge.db.datasource-class}",
        url = "${MPCONFIG=realmforge.db.url}",
        user = "${MPCONFIG=realmforge.db.user}",
        password = "${MPCONFIG=realmforge.db.password}",
        minPoolSize = 2,
        maxPoolSize = 32)
public class MicroDataSource {
}
