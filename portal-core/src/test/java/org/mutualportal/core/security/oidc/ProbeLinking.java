package org.mutualportal.core.security.oidc;

import jakarta.enterprise.context.ApplicationScoped;
import org.mutualportal.api.security.IdentityLinking;

/** A module's linking page, for the core's tests: {@link LinkingProbe}. */
@ApplicationScoped
public class ProbeLinking implements IdentityLinking {

    @Override
    public String page() {
        return "/public/oidc-probe/link";
    }
}
