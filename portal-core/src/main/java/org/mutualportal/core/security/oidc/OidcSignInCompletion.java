package org.mutualportal.core.security.oidc;

import static jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters.withParams;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Instant;
import java.util.Optional;
import org.mutualportal.api.security.AccountStatus;
import org.mutualportal.api.time.PortalClock;
import org.mutualportal.core.audit.AuditTrail;
import org.mutualportal.core.audit.CoreAudit;
import org.mutualportal.core.security.PortalAuthenticationMechanism;
import org.mutualportal.core.security.ProviderVerifiedCredential;
import org.mutualportal.core.security.WebAccountEntity;

/**
 * Signs a browser in to an account after a provider vouched for its owner: through the portal's
 * {@link PortalAuthenticationMechanism}, as a password does (new session id, session limits, known browsers,
 * dates of the dashboard), without a password nor an e-mailed code. The session keeps the provider and its ID
 * token, for the logout there.
 */
@ApplicationScoped
public class OidcSignInCompletion {

    @PersistenceContext(unitName = "core")
    EntityManager em;

    @Inject
    SecurityContext securityContext;

    @Inject
    PortalExternalIdentities identities;

    @Inject
    AuditTrail audit;

    @Inject
    PortalClock clock;

    /**
     * Opens the session.
     *
     * <p>An account waiting for its activation opens too: one created through a provider waits for its login
     * address to be confirmed, and its owner uses the portal through the provider meanwhile (a password opens only
     * active accounts). The lock after wrong passwords is ignored: it is about guessing a password, and would let
     * anyone who knows a login shut its owner out of the provider's way in.
     *
     * @return {@link AuthenticationStatus#SUCCESS}, or {@link AuthenticationStatus#SEND_FAILURE} when the account is
     *         closed or gone (nothing opened)
     */
    public AuthenticationStatus signIn(HttpServletRequest request, HttpServletResponse response, long accountId,
            VerifiedSignIn signIn) {
        Optional<ProviderVerifiedCredential> credential = usable(accountId);
        String actor = "account:" + accountId;
        if (credential.isEmpty()) {
            audit.recordAloneAs(actor, CoreAudit.OIDC_REFUSED, actor, "provider=" + signIn.provider().key() + " reason=account");
            return AuthenticationStatus.SEND_FAILURE;
        }
        AuthenticationStatus status = securityContext.authenticate(request, response,
                withParams().newAuthentication(true).credential(credential.get()));
        if (status == AuthenticationStatus.SUCCESS) {
            request.getSession(true).setAttribute(ProviderSession.SESSION_KEY,
                    new ProviderSession(signIn.provider().key(), signIn.idToken(), authenticatedAt(signIn)));
            identities.used(signIn.provider().key(), signIn.subject());
            audit.recordAloneAs(actor, CoreAudit.OIDC_SIGNED_IN, actor, "provider=" + signIn.provider().key());
        }
        return status;
    }

    /**
     * When the person authenticated at the provider: its {@code auth_time}, which an older session of the provider
     * gives (a round trip now is not a recent authentication), else now.
     */
    private Instant authenticatedAt(VerifiedSignIn signIn) {
        Instant now = clock.instant();
        Object authTime = signIn.claims().getClaim("auth_time"); // epoch seconds in the JSON; a Date once parsed as one
        Instant at = authTime instanceof Number seconds ? Instant.ofEpochSecond(seconds.longValue())
                : authTime instanceof java.util.Date date ? date.toInstant() : now;
        return at.isBefore(now) ? at : now;
    }

    private Optional<ProviderVerifiedCredential> usable(long accountId) {
        WebAccountEntity account = em.find(WebAccountEntity.class, accountId);
        if (account == null || account.getStatus() == AccountStatus.CLOSED) {
            return Optional.empty();
        }
        return Optional.of(new ProviderVerifiedCredential(accountId, account.getMemberId(), account.getRoles()));
    }
}
