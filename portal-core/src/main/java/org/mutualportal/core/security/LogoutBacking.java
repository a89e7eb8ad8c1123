package org.mutualportal.core.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import org.mutualportal.core.audit.AuditLog;
import org.mutualportal.core.member.MemberContext;

/** "Déconnexion": ends the session (a POST from the header, so no other site can sign a member out). */
@Named
@RequestScoped
public class LogoutBacking {

    @Inject
    SessionPolicy sessionPolicy;

    @Inject
    MemberContext memberContext;

    @Inject
    AuditLog audit;

    public void logout() throws IOException, ServletException {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        memberContext.user().ifPresent(user -> audit.record(user.callerName(), "LOGOUT", user.callerName(), null,
                request.getRemoteAddr()));
        request.logout();
        sessionPolicy.end(request);
        external.redirect(request.getContextPath() + "/index.xhtml?bye=1");
        FacesContext.getCurrentInstance().responseComplete();
    }

}
