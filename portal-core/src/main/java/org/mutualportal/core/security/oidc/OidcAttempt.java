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
 * @param reauth whether the person must authenticate again at the provider ({@code prompt=login}, {@code max_age=0}):
 *        a page asked for a recent sign-in, which the provider's own session still open must not stand for
 */
record OidcAttempt(String state, String nonce, String codeVerifier, String provider, String next,
        long createdAtEpochSecond, boolean reauth) implements Serializable {

    @Override
    public String toString() {
        // Never the nonce nor the PKCE verifier: with the code, they complete someone else's sign-in.
        return "OidcAttempt[" + provider + ", created " + createdAtEpochSecond + (reauth ? ", reauth" : "") + "]";
    }
}
