package org.mutualportal.core.security.oidc;

import java.io.Serializable;

/**
 * A sign-in sent to a provider and not back yet, kept in the browser's session under its {@code state}.
 *
 * @param state the random value the provider sends back, proving the answer belongs to this browser's request
 * @param nonce the random value the ID token must carry (no token made for another request passes)
 * @param codeVerifier the PKCE verifier, or {@code null} when the provider does not take PKCE
 * @param provider the provider's key
 * @param next the page asked for before signing in, or {@code null}
 * @param createdAtEpochSecond when it left
 */
record OidcAttempt(String state, String nonce, String codeVerifier, String provider, String next,
        long createdAtEpochSecond) implements Serializable {
}
