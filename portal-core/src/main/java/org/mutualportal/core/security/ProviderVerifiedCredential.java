package org.mutualportal.core.security;

import jakarta.security.enterprise.credential.Credential;
import java.util.Set;

/**
 * An account whose owner an identity provider authenticated (OpenID Connect, {@code core.security.oidc}): the
 * core checked the provider's ID token and the account before making it, so {@link PortalAuthenticationMechanism}
 * opens the session without a password nor an e-mailed code. Only the core makes one.
 *
 * @param accountId the account, not closed (active, or waiting for its activation)
 * @param memberId its member, or {@code null} for staff
 * @param roles its roles
 */
public record ProviderVerifiedCredential(long accountId, Long memberId, Set<String> roles) implements Credential {
}
