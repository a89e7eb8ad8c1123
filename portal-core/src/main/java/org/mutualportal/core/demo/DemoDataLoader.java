package org.mutualportal.core.demo;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.Comparator;
import java.util.List;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.mutualportal.core.registry.ModuleRegistry;
import org.mutualportal.spi.DemoData;

/**
 * Loads demonstration data at start when {@code portal.demo-data=true} (the README's run command sets it):
 * the core's members first, then each enabled module's {@link DemoData}, each in its own transaction.
 * Every loader is idempotent, so restarting the demo changes nothing.
 */
@Singleton
@Startup
@DependsOn("SchemaMigrations")
@TransactionManagement(TransactionManagementType.BEAN)
public class DemoDataLoader {

    private static final Logger LOG = Logger.getLogger(DemoDataLoader.class.getName());

    @Inject
    @ConfigProperty(name = "portal.demo-data", defaultValue = "false")
    boolean enabled;

    @Inject
    DemoMemberLoader members;

    @Inject
    @Any
    Instance<DemoData> contributions;

    @Inject
    ModuleRegistry registry;

    @Inject
    DemoTransactions transactions;

    @PostConstruct
    void load() {
        if (!enabled) {
            return;
        }
        transactions.run(members::load);
        List<DemoData> ordered = contributions.stream()
                .filter(d -> registry.isEnabled(d.moduleId()))
                .sorted(Comparator.comparingInt(DemoData::order))
                .toList();
        for (DemoData data : ordered) {
            transactions.run(data::load);
        }
        LOG.info("Demo data ready");
    }
}
