package org.mutualportal.core.security;

import org.mutualportal.core.audit.CoreAudit;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import org.mutualportal.core.audit.AuditTrail;
import org.mutualportal.core.member.MemberScope;

/** "Déconnexion": ends the session (a POST from the header, so no other site can sign a member out). */
@Named
@RequestScoped
public class LogoutBacking {

    @Inject
    SessionPolicy sessionPolicy;

    @Inject
    MemberScope memberContext;

    @Inject
    AuditTrail audit;

    public void logout() throws IOException {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        memberContext.user().ifPresent(user -> audit.record(CoreAudit.LOGOUT, user.callerName(), null));
        sessionPolicy.endCurrent();
        external.redirect(request.getContextPath() + "/index.xhtml?bye=1");
        FacesContext.getCurrentInstance().responseComplete();
    }

}
