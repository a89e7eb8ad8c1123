package org.mutualportal.core.security.oidc;

import java.io.Serializable;

/**
 * What a session opened through a provider keeps for its logout at the provider ({@code end_session_endpoint}):
 * the provider's key and the ID token to hint with.
 *
 * @param provider the provider's key
 * @param idToken the ID token it issued for this sign-in
 */
record ProviderSession(String provider, String idToken) implements Serializable {

    static final String SESSION_KEY = "portal.oidc.signedInWith";
}
