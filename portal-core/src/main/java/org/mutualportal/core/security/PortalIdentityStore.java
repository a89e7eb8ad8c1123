package org.mutualportal.core.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;

/** The database identity store: web accounts and their roles (see {@link SignInAttempts}). */
@ApplicationScoped
public class PortalIdentityStore implements IdentityStore {

    @Inject
    SignInAttempts attempts;

    @Inject
    HttpServletRequest request;

    @Override
    public CredentialValidationResult validate(Credential credential) {
        if (!(credential instanceof UsernamePasswordCredential login)) {
            return CredentialValidationResult.NOT_VALIDATED_RESULT;
        }
        Optional<WebAccountEntity> account = attempts.check(login.getCaller(), login.getPassword().getValue());
        return account
                .map(a -> new CredentialValidationResult(new AccountPrincipal(a.getId(), a.getMemberId()), a.getRoles()))
                .orElse(CredentialValidationResult.INVALID_RESULT);
    }
}
