package org.mutualportal.core.member;

import java.io.Serializable;
import java.time.Instant;
import java.util.Set;

/**
 * Who is signed in, kept in the HTTP session: a few ids and the roles, nothing else, so that sessions stay
 * small and replicate across a cluster (roles travel with the session instead of being looked up again on
 * another instance).
 *
 * @param accountId the web account
 * @param memberId the member the account belongs to, or {@code null} for staff and administrators
 * @param roles the account's roles at sign-in
 * @param signedInAt when the user signed in (for the absolute session lifetime)
 */
public record SignedInUser(long accountId, Long memberId, Set<String> roles, Instant signedInAt) implements Serializable {

    public static final String SESSION_KEY = "portal.user";

    public SignedInUser {
        roles = Set.copyOf(roles);
    }

    /** The caller name given to the container: stable across e-mail changes, and no personal data in logs. */
    public String callerName() {
        return "account:" + accountId;
    }
}
