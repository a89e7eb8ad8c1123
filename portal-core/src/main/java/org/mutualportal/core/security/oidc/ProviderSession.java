package org.mutualportal.core.security.oidc;

import java.io.Serializable;

/**
 * What a session opened through a provider keeps for its logout at the provider ({@code end_session_endpoint}):
 * the provider's key and the ID token to hint with.
 *
 * @param provider the provider's key
 * @param idToken the ID token it issued for this sign-in
 * @param signedInAt when the person authenticated at the provider: the ID token's {@code auth_time}, else the sign-in
 *        (a page may ask for a recent sign-in instead of a password)
 */
record ProviderSession(String provider, String idToken, java.time.Instant signedInAt) implements Serializable {

    @Override
    public String toString() {
        return "ProviderSession[" + provider + ", " + signedInAt + "]"; // never the token
    }

    static final String SESSION_KEY = org.mutualportal.core.security.PortalAuthenticationMechanism.PROVIDER_SIGN_IN;
}
