package org.mutualportal.core.security.oidc;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** The sign-in page's buttons of the providers ({@code #{oidcButtons.members}}), none unless configured. */
@Named
@ApplicationScoped
public class OidcButtons {

    @Inject
    OidcProviders providers;

    public List<OidcSettings> getMembers() {
        return providers.forAudience(OidcSettings.Audience.MEMBERS);
    }
}
