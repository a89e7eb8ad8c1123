package org.mutualportal.core.security.oidc;

import java.io.Serializable;
import org.mutualportal.api.security.VerifiedIdentity;

/**
 * A verified identity waiting in the session to be linked to an account, for a few minutes.
 *
 * @param identity the person
 * @param claims the verified claims, as JSON, to sign in with once linked
 * @param idToken the ID token, for the provider's logout once signed in
 * @param createdAtEpochSecond when the provider vouched for them
 */
record PendingIdentity(VerifiedIdentity identity, String claims, String idToken, long createdAtEpochSecond)
        implements Serializable {

    static final String SESSION_KEY = "portal.oidc.pending";

    /** Neither the ID token nor the claims: sessions' attributes may be logged or dumped. */
    @Override
    public String toString() {
        return "PendingIdentity[" + identity.provider() + ", " + identity.subject() + ", " + createdAtEpochSecond + "]";
    }
}
