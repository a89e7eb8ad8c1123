package org.mutualportal.core.persistence;

import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The portal's one datasource, PostgreSQL, configured by MicroProfile Config ({@code portal.db.url},
 * {@code portal.db.user}, {@code portal.db.password}) so that one WAR runs against any database by
 * environment variables only ({@code PORTAL_DB_URL}…).
 *
 * <p>Every module's persistence unit names {@value #JNDI_NAME} as its JTA datasource: modules share the
 * connection (and the transaction) without sharing a persistence unit.
 */
@DataSourceDefinition(
        name = PortalDataSource.JNDI_NAME,
        className = "org.postgresql.ds.PGSimpleDataSource",
        url = "${MPCONFIG=portal.db.url}",
        user = "${MPCONFIG=portal.db.user}",
        password = "${MPCONFIG=portal.db.password}",
        minPoolSize = 2,
        maxPoolSize = 32,
        properties = {
            // Batches of INSERTs (imports of thousands of payments) travel as multi-row statements: about twice
            // as fast as one statement per row for the 10 000-payment import (docs/performance.md).
            "reWriteBatchedInserts=true",
            // A connection broken by a database restart or a firewall is replaced before use rather than failing
            // the member's request. Checked at most once a minute per connection: checking at every checkout
            // cost one more round trip per query (the dashboard's six reads took twelve; docs/performance.md).
            "fish.payara.is-connection-validation-required=true",
            "fish.payara.validate-atmost-once-period-in-seconds=60",
            // A connection found broken (validation, or a transaction that cannot start on it) drops the whole pool:
            // after a database restart every connection is broken, and within the period above they would otherwise
            // fail one request each. The outbox sender, in a transaction every 5 s, renews the pool during an outage.
            "fish.payara.fail-all-connections=true",
            // One user for every connection, so there is nothing to match: a pool defined by annotation matches by
            // default (an admin-created pool does not), and that comparison ran at every checkout.
            "fish.payara.match-connections=false",
            "fish.payara.connection-validation-method=custom-validation",
            "fish.payara.validation-classname=org.glassfish.api.jdbc.validation.PostgresConnectionValidation"
        })
@ApplicationScoped
public class PortalDataSource {
    public static final String JNDI_NAME = "java:app/jdbc/portal";
}
