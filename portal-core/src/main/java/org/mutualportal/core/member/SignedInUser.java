package org.mutualportal.core.member;

import java.io.Serializable;
import java.time.Instant;
import java.time.OffsetDateTime;
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
 * @param previousSignInAt the sign-in before this one, or {@code null} for a first sign-in: the dashboard shows it
 *        so that a member notices a sign-in that was not theirs. It cannot change while the session lasts, so
 *        it travels with the session rather than being read again on every dashboard.
 */
public record SignedInUser(long accountId, Long memberId, Set<String> roles, Instant signedInAt,
        OffsetDateTime previousSignInAt) implements Serializable {

    public static final String SESSION_KEY = "portal.user";

    public SignedInUser {
        roles = Set.copyOf(roles);
    }

    /** The caller name given to the container: stable across e-mail changes, and no personal data in logs. */
    public String callerName() {
        return "account:" + accountId;
    }
}
