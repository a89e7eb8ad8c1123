package org.mutualportal.api.security;

import java.time.OffsetDateTime;
import java.util.Set;

/**
 * A web account as modules may read it: the login of a member (at most one per member) or of the mutual's
 * staff. It holds the credentials and their protection, not the insurance data, which stays with the member.
 * Changes go through {@link WebAccounts}; the password hash never leaves the core.
 *
 * @since 1.0
 */
public interface WebAccount {

    /** The login identifier's longest form (an e-mail address). */
    int LOGIN_LENGTH = 254;

    /**
     * The account's id.
     *
     * @return never {@code null}
     */
    Long getId();

    /**
     * The member the account belongs to.
     *
     * @return the member's id, or {@code null} for staff and administrators
     */
    Long getMemberId();

    /**
     * The login, an e-mail address in lower case.
     *
     * @return never {@code null}
     */
    String getLogin();

    /**
     * The roles the account grants ({@link Roles}).
     *
     * @return never {@code null}
     */
    Set<String> getRoles();

    /**
     * Pending activation, active or closed.
     *
     * @return never {@code null}
     */
    AccountStatus getStatus();

    /**
     * When the account was created.
     *
     * @return never {@code null}
     */
    OffsetDateTime getCreatedAt();

    /**
     * The last successful sign-in.
     *
     * @return the instant, or {@code null} before the first one
     */
    OffsetDateTime getLastLoginAt();

    /**
     * Whether too many failed sign-ins lock the account at this instant.
     *
     * @param now the instant to check, usually {@code clock.now()}
     * @return {@code true} while locked
     */
    boolean isLocked(OffsetDateTime now);

    /**
     * Consecutive failed sign-ins since the last success or unlock.
     *
     * @return the count
     */
    int getFailedAttempts();

    /**
     * The end of the current lock.
     *
     * @return the instant, or {@code null} when never locked
     */
    OffsetDateTime getLockedUntil();

    /**
     * Whether the account has a password one can sign in with (an account created through an identity provider,
     * or a staff account not yet set up, has none).
     *
     * @return {@code true} when it has one
     * @since 1.3
     */
    boolean hasPassword();
}
