package org.mutualportal.core.admin;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import org.mutualportal.core.member.MemberContext;
import org.mutualportal.core.member.SignedInUser;
import org.mutualportal.core.web.NotFoundException;

/**
 * Who is acting in an administration request and from where: every administrative action is audited with
 * both, so backing beans of the console (the core's and the modules') ask here instead of each digging them
 * out of the Faces context.
 */
@RequestScoped
public class AdminRequest {

    @Inject
    HttpServletRequest request;

    @Inject
    MemberContext memberContext;

    /** The signed-in user; a request without one never reaches an admin page, so this is a 404 at worst. */
    public SignedInUser user() {
        return memberContext.user().orElseThrow(NotFoundException::new);
    }

    /** The audit trail's name of the administrator ({@code account:<id>}). */
    public String actor() {
        return user().callerName();
    }

    public long accountId() {
        return user().accountId();
    }

    public String remoteAddress() {
        return request.getRemoteAddr();
    }
}
