package org.mutualportal.core.security;

import org.mutualportal.core.audit.CoreAudit;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.mutualportal.core.audit.AuditTrail;
import org.mutualportal.core.member.MemberScope;
import org.mutualportal.core.security.oidc.OidcLogout;

/**
 * "Déconnexion": ends the session (a POST from the header, so no other site can sign a member out), and the one at
 * the identity provider the session was opened through, when it has a logout endpoint ({@link OidcLogout}).
 */
@Named
@RequestScoped
public class LogoutBacking {

    @Inject
    SessionPolicy sessionPolicy;

    @Inject
    MemberScope memberContext;

    @Inject
    AuditTrail audit;

    @Inject
    OidcLogout providerLogouts;

    public void logout() throws IOException {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        memberContext.user().ifPresent(user -> audit.record(CoreAudit.LOGOUT, user.callerName(), null));
        // Read before the session ends: a session opened through FranceConnect signs out there too.
        Optional<OidcLogout.Leaving> providerLogout = providerLogouts.leaving(request);
        sessionPolicy.endCurrent();
        if (providerLogout.isPresent()) {
            // A page that goes on to the provider rather than a redirect, which form-action 'self' would block.
            providerLogouts.leave(request, (HttpServletResponse) external.getResponse(), providerLogout.get());
        } else {
            external.redirect(request.getContextPath() + "/index.xhtml?bye=1");
        }
        FacesContext.getCurrentInstance().responseComplete();
    }

}
