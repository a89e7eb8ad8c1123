package org.mutualportal.core.shell;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.OffsetDateTime;
import org.mutualportal.core.member.Member;
import org.mutualportal.core.member.MemberContext;
import org.mutualportal.core.member.Membership;
import org.mutualportal.core.member.SignedInUser;

/** The dashboard's own parts: the member card of the left column and the previous sign-in. */
@Named
@RequestScoped
public class DashboardBacking {

    @Inject
    MemberContext memberContext;

    public Member getMember() {
        return memberContext.member();
    }

    public Membership getMembership() {
        return memberContext.membership();
    }

    /** The sign-in before this one, so that a member notices a sign-in that was not theirs. */
    public OffsetDateTime getPreviousLogin() {
        return memberContext.user().map(SignedInUser::previousSignInAt).orElse(null);
    }
}
