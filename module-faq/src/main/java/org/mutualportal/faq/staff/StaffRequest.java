package org.mutualportal.faq.staff;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import org.mutualportal.core.member.MemberContext;
import org.mutualportal.core.member.SignedInUser;
import org.mutualportal.core.web.NotFoundException;

/** Who makes a staff change and from where, as the audit trail records it. */
@RequestScoped
public class StaffRequest {

    @Inject
    MemberContext memberContext;

    @Inject
    HttpServletRequest request;

    /** The signed-in user's caller name ({@code account:<id>}). */
    public String actor() {
        return memberContext.user().map(SignedInUser::callerName).orElseThrow(NotFoundException::new);
    }

    public String remoteAddress() {
        return request.getRemoteAddr();
    }
}
