package org.mutualportal.reimbursements.it;

import jakarta.enterprise.context.ApplicationScoped;
import org.mutualportal.spi.PortalModule;

/**
 * A module with the claims module's id, so that the portal under test has "claims" switched on: the payment page
 * then links back to the bill the member sent online. The real module is not a dependency of this one.
 */
@ApplicationScoped
public class ClaimsStandIn implements PortalModule {

    @Override
    public String id() {
        return "claims";
    }

    @Override
    public String bundle() {
        return "org.mutualportal.reimbursements.i18n.messages";
    }
}
