package org.mutualportal.reimbursements.it;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.mutualportal.spi.PortalModule;
import org.mutualportal.spi.RequestType;

/**
 * A module declaring the claims module's request type and its page, as the real one does, so that the payment page
 * links back to the bill the member sent online. The real module is not a dependency of this one.
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

    @Override
    public List<RequestType> requestTypes() {
        return List.of(new RequestType("claims.claim", "detail.claim", 10, true).withPage("/claims/claim.xhtml?id={id}"));
    }
}
