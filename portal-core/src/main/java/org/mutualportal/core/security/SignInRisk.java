package org.mutualportal.core.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.OffsetDateTime;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.mutualportal.api.time.PortalClock;
import org.mutualportal.core.security.source.CurrentSource;
import org.mutualportal.core.security.source.SourceLimits;

/**
 * Whether a right password from a browser the account never used is to be trusted as it is, or confirmed with
 * the e-mailed code first ({@code portal.login.otp.on-risk}): it is not when the account itself had a failed
 * sign-in in the last {@code portal.login.otp.risk-hours} — somebody may have been guessing, and has now found
 * it — nor when the address it comes from failed lately at signing in ({@link SourceLimits#hasRecentFailures}):
 * a list of stolen passwords being tried. A password that works at the first try from a quiet address gives no
 * such sign; the e-mail of {@link NewBrowserNotice} tells the member then.
 */
@ApplicationScoped
public class SignInRisk {

    @PersistenceContext(unitName = "core")
    EntityManager em;

    @Inject
    PortalClock clock;

    @Inject
    SourceLimits sources;

    @Inject
    CurrentSource source;

    @Inject
    @ConfigProperty(name = "portal.login.otp.on-risk", defaultValue = "true")
    boolean stepUpOnRisk;

    @Inject
    @ConfigProperty(name = "portal.login.otp.risk-hours", defaultValue = "24")
    int riskHours;

    /** Whether this sign-in must be confirmed with a code because of recent failures. */
    boolean asksForCode(long accountId) {
        if (!stepUpOnRisk) {
            return false;
        }
        WebAccountEntity account = em.find(WebAccountEntity.class, accountId);
        OffsetDateTime lastFailure = account.getLastFailureAt();
        return lastFailure != null && lastFailure.isAfter(clock.now().minusHours(riskHours))
                || sources.hasRecentFailures(source.get());
    }
}
