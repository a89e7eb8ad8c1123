package org.mutualportal.core.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;
import org.mutualportal.core.security.source.CurrentSource;
import org.mutualportal.core.security.source.SourceAction;
import org.mutualportal.core.security.source.SourceDecision;
import org.mutualportal.core.security.source.SourceLimits;

/**
 * The database identity store: web accounts and their roles (see {@link SignInAttempts}). The source's limits
 * come first: a source slowed or refused ({@link SourceLimits}) gets no verification at all, and the request
 * carries the decision ({@link #SOURCE_REFUSED}) for the login page to say so; every failure counts for the source.
 */
@ApplicationScoped
public class PortalIdentityStore implements IdentityStore {

    @Inject
    SignInAttempts attempts;

    /** Request attribute: the {@link SourceDecision} that refused this sign-in before any verification. */
    public static final String SOURCE_REFUSED = "portal.signIn.sourceRefused";

    @Inject
    HttpServletRequest request;

    @Inject
    CurrentSource source;

    @Inject
    SourceLimits sourceLimits;

    @Override
    public CredentialValidationResult validate(Credential credential) {
        if (!(credential instanceof UsernamePasswordCredential login)) {
            return CredentialValidationResult.NOT_VALIDATED_RESULT;
        }
        SourceDecision decision = sourceLimits.check(source.get(), SourceAction.SIGN_IN);
        if (!decision.allowed()) {
            request.setAttribute(SOURCE_REFUSED, decision);
            return CredentialValidationResult.INVALID_RESULT;
        }
        Optional<WebAccountEntity> account = attempts.check(login.getCaller(), login.getPassword().getValue());
        if (account.isEmpty()) {
            sourceLimits.failed(source.get(), SourceAction.SIGN_IN);
        }
        return account
                .map(a -> new CredentialValidationResult(new AccountPrincipal(a.getId(), a.getMemberId()), a.getRoles()))
                .orElse(CredentialValidationResult.INVALID_RESULT);
    }
}
