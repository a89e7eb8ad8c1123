package org.mutualportal.core.shell;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.OffsetDateTime;
import org.mutualportal.core.member.Member;
import org.mutualportal.core.member.MemberContext;
import org.mutualportal.core.member.Membership;
import org.mutualportal.core.security.WebAccount;

/** The dashboard's own parts: the member card of the left column and the previous sign-in. */
@Named
@RequestScoped
public class DashboardBacking {

    @Inject
    MemberContext memberContext;

    @PersistenceContext(unitName = "core")
    EntityManager em;

    private OffsetDateTime previousLogin;
    private boolean previousLoginLoaded;

    public Member getMember() {
        return memberContext.member();
    }

    public Membership getMembership() {
        return memberContext.membership();
    }

    /** The sign-in before this one, so that a member notices a sign-in that was not theirs. */
    public OffsetDateTime getPreviousLogin() {
        if (!previousLoginLoaded) {
            previousLoginLoaded = true;
            long accountId = memberContext.user().orElseThrow().accountId();
            WebAccount account = em.find(WebAccount.class, accountId);
            previousLogin = account == null ? null : account.getPreviousLoginAt();
        }
        return previousLogin;
    }
}
