package org.mutualportal.core.registry;

import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.spi.AfterDeploymentValidation;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.enterprise.inject.spi.Extension;
import java.util.List;
import org.mutualportal.spi.PortalModule;

/**
 * Validates the discovered modules while the deployment is being checked, so that a WAR with two modules
 * of the same id fails to deploy with a clear message instead of starting half-wired.
 */
public class ModuleDiscoveryExtension implements Extension {

    void validate(@Observes AfterDeploymentValidation event, BeanManager beanManager) {
        try {
            List<PortalModule> modules = beanManager.createInstance()
                    .select(PortalModule.class, Any.Literal.INSTANCE)
                    .stream()
                    .toList();
            ModuleCatalog.of(modules);
        } catch (ModuleConfigurationException e) {
            event.addDeploymentProblem(e);
        }
    }
}
