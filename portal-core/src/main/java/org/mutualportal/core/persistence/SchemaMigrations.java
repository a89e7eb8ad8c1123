package org.mutualportal.core.persistence;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;
import org.mutualportal.core.registry.ModuleRegistry;
import org.mutualportal.spi.PortalModule;

/**
 * Brings the database schema up to date at start: the core's migrations first, then those of every module
 * enabled by configuration, in module order.
 *
 * <p>Each module has its own migration location ({@code db/migration/<id>}) and its own history table
 * ({@code flyway_history_<id>}), so modules evolve their tables independently and a module added later
 * starts from its own V1. Modules switched off by configuration are not migrated; modules switched off by an
 * administrator at runtime are (they may be switched on again without a restart).
 *
 * <p>Bean-managed transactions: Flyway commits on its own connection and must not run inside a container
 * transaction.
 */
@Singleton
@Startup
@TransactionManagement(TransactionManagementType.BEAN)
public class SchemaMigrations {

    private static final Logger LOG = Logger.getLogger(SchemaMigrations.class.getName());
    public static final String CORE = "core";

    @Resource(lookup = PortalDataSource.JNDI_NAME)
    DataSource dataSource;

    @Inject
    ModuleRegistry registry;

    @PostConstruct
    void migrate() {
        migrateSchema(CORE, SchemaMigrations.class.getClassLoader());
        for (PortalModule module : registry.all()) {
            if (registry.isEnabledByConfiguration(module.id())) {
                migrateSchema(module.id(), module.getClass().getClassLoader());
            }
        }
    }

    /*
     * Not an overload of migrate(): Payara's EJB container finds the @PostConstruct method by name, and with two
     * methods of that name it sometimes invoked this one ("wrong number of arguments", the deployment fails) —
     * seen on the second instance of a cluster, depending on the order reflection lists the methods in.
     */
    private void migrateSchema(String id, ClassLoader classLoader) {
        MigrateResult result = Flyway.configure(classLoader)
                .dataSource(dataSource)
                .locations("classpath:db/migration/" + id)
                .table("flyway_history_" + id.replace('-', '_'))
                // Other modules' tables already share the schema: start this module's history at 0 so its V1 runs.
                .baselineOnMigrate(true)
                .baselineVersion("0")
                .failOnMissingLocations(false)
                .load()
                .migrate();
        if (result.migrationsExecuted > 0) {
            LOG.info(() -> "Schema of '" + id + "' migrated to version " + result.targetSchemaVersion
                    + " (" + result.migrationsExecuted + " migration(s))");
        }
    }
}
