package org.mutualportal.core.security;

import java.io.Serializable;
import java.util.Set;

/**
 * A sign-in whose password was right but which waits for the e-mailed code (new device). Kept in the
 * session, not yet signed in; the code itself is kept only as a hash.
 */
record PendingSignIn(long accountId, Long memberId, Set<String> roles, String codeHash, String salt,
        long expiresAtEpochSecond, int attemptsLeft) implements Serializable {

    static final String SESSION_KEY = "portal.pendingSignIn";

    PendingSignIn {
        roles = Set.copyOf(roles);
    }

    PendingSignIn withOneAttemptLess() {
        return new PendingSignIn(accountId, memberId, roles, codeHash, salt, expiresAtEpochSecond, attemptsLeft - 1);
    }
}
