package org.mutualportal.claims.widget;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.mutualportal.api.text.Texts;
import org.mutualportal.claims.ClaimsModule;
import org.mutualportal.claims.claim.Claims;

/** The dashboard card: one indexed query for the claims waiting for a proof, read once per request. */
@Named("claimsWidget")
@RequestScoped
public class ClaimsWidgetBacking {

    @Inject
    Claims claims;

    private List<Long> awaiting;

    private List<Long> awaiting() {
        if (awaiting == null) {
            awaiting = claims.awaitingProof();
        }
        return awaiting;
    }

    public boolean isAwaiting() {
        return !awaiting().isEmpty();
    }

    public String getAwaitingText() {
        return Texts.of(ClaimsModule.BUNDLE, awaiting().size() == 1 ? "widget.awaiting.one" : "widget.awaiting.many",
                awaiting().size());
    }

    /** The claim to complete, or the list when there are several. */
    public String getAwaitingPath() {
        return awaiting().size() == 1 ? "/claims/claim.xhtml?id=" + awaiting().get(0) : "/claims/index.xhtml";
    }
}
