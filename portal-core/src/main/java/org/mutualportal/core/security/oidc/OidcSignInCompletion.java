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
     * @return {@link AuthenticationStatus#SUCCESS}, or {@link AuthenticationStatus#SEND_FAILURE} when the account is
     *         not active or is locked (nothing opened)
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
                    new ProviderSession(signIn.provider().key(), signIn.idToken(), clock.instant()));
            identities.used(signIn.provider().key(), signIn.subject());
            audit.recordAloneAs(actor, CoreAudit.OIDC_SIGNED_IN, actor, "provider=" + signIn.provider().key());
        }
        return status;
    }

    private Optional<ProviderVerifiedCredential> usable(long accountId) {
        WebAccountEntity account = em.find(WebAccountEntity.class, accountId);
        if (account == null || account.getStatus() != AccountStatus.ACTIVE || account.isLocked(clock.now())) {
            return Optional.empty();
        }
        return Optional.of(new ProviderVerifiedCredential(accountId, account.getMemberId(), account.getRoles()));
    }
}
