package org.mutualportal.contact.it;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.mutualportal.api.requests.RequestStatus;
import org.mutualportal.spi.PortalModule;
import org.mutualportal.spi.RequestStage;
import org.mutualportal.spi.RequestType;

/**
 * A module declaring a request type with stages, as the claims module does, for Suivi to show them, and a type
 * shown on a page of its own, which Suivi links to.
 */
@ApplicationScoped
public class StagedModule implements PortalModule {

    @Override
    public String id() {
        return "staged";
    }

    @Override
    public String bundle() {
        return "org.mutualportal.contact.it.staged";
    }

    @Override
    public List<RequestType> requestTypes() {
        return List.of(new RequestType("staged.claim", "request.type.claim", 10, true).withStages(
                new RequestStage("INCOMPLETE", "stage.INCOMPLETE", RequestStatus.IN_PROGRESS, true),
                new RequestStage("PAID", "stage.PAID", RequestStatus.DONE, false)),
                new RequestType("staged.quote", "request.type.quote", 10, true).withPage("/staged/quote.xhtml?ref={id}"));
    }
}
