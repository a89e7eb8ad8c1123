package org.mutualportal.core.security.oidc;

import java.io.Serializable;

/**
 * What a session opened through a provider keeps for its logout at the provider ({@code end_session_endpoint}):
 * the provider's key and the ID token to hint with.
 *
 * @param provider the provider's key
 * @param idToken the ID token it issued for this sign-in
 * @param signedInAt when (a page may ask for a recent sign-in instead of a password)
 */
record ProviderSession(String provider, String idToken, java.time.Instant signedInAt) implements Serializable {

    @Override
    public String toString() {
        return "ProviderSession[" + provider + ", " + signedInAt + "]"; // never the token
    }

    static final String SESSION_KEY = "portal.oidc.signedInWith";
}
