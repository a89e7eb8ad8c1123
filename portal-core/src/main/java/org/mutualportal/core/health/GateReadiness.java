package org.mutualportal.core.health;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import org.mutualportal.core.web.PortalGateFilter;

/**
 * Ready only once the page gate runs. Payara keeps serving an application whose filter failed to start,
 * which here would mean pages without access control: a load balancer must not send members there.
 */
@Readiness
@ApplicationScoped
public class GateReadiness implements HealthCheck {

    @Override
    public HealthCheckResponse call() {
        return HealthCheckResponse.named("page-gate").status(PortalGateFilter.isStarted()).build();
    }
}
