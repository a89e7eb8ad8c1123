package org.mutualportal.core.shell;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.OffsetDateTime;
import org.mutualportal.core.member.MemberEntity;
import org.mutualportal.core.member.MemberScope;
import org.mutualportal.core.member.MembershipEntity;
import org.mutualportal.core.member.SignedInUser;

/** The dashboard's own parts: the member card of the left column and the previous sign-in. */
@Named
@RequestScoped
public class DashboardBacking {

    @Inject
    MemberScope memberContext;

    public MemberEntity getMember() {
        return memberContext.member();
    }

    public MembershipEntity getMembership() {
        return memberContext.membership();
    }

    /** The sign-in before this one, so that a member notices a sign-in that was not theirs. */
    public OffsetDateTime getPreviousLogin() {
        return memberContext.user().map(SignedInUser::previousSignInAt).orElse(null);
    }
}
