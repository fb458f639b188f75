#!/usr/bin/env bash
# Creates Realmforge's JNDI datasource (jdbc/realmforge) on a running Payara Server and tells the
# application to use it. PostgreSQL is the production database; the JDBC driver jar must be in
# the domain's lib/ directory (copy postgresql-*.jar there before starting the domain).
#
#   ASADMIN   path to asadmin              (default: asadmin on PATH)
#   DB_HOST   DB_PORT   DB_NAME   DB_USER   DB_PASSWORD
set -euo pipefail
asadmin="${ASADMIN:-asadmin}"
host="${DB_HOST:-127.0.0.1}"
port="${DB_PORT:-5432}"
name="${DB_NAME:-realmforge}"
user="${DB_USER:-realmforge}"
password="${DB_PASSWORD:-realmforge}"

"$asadmin" create-jdbc-connection-pool \
    --datasourceclassname org.postgresql.ds.PGSimpleDataSource \
    --restype javax.sql.DataSource \
    --steadypoolsize 2 --maxpoolsize 32 \
    --property "serverName=${host}:portNumber=${port}:databaseName=${name}:user=${user}:password=${password}" \
    realmforge-pool
"$asadmin" ping-connection-pool realmforge-pool
"$asadmin" create-jdbc-resource --connectionpoolid realmforge-pool jdbc/realmforge

# The persistence unit and the schema migrator read the datasource name from this setting.
"$asadmin" set-config-property --source=domain \
    --propertyName=realmforge.db.jndi-name --propertyValue=jdbc/realmforge

# The EJB timer service refuses intervals below 1000 ms by default; the game tick needs 50 ms.
"$asadmin" set configs.config.server-config.ejb-container.ejb-timer-service.minimum-delivery-interval-in-millis=5
