package org.mutualportal.api.security;

import java.io.Serializable;
import java.time.OffsetDateTime;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A web account as the administrators' lists show it: the account, the member behind it (name and membership
 * numbers) or none for staff, and the state of its sign-in protection. A read-only snapshot, built for a whole
 * page in two queries (never one per row); it serializes with the page that shows it.
 *
 * @param id the account's id
 * @param login the login, an e-mail address in lower case
 * @param memberId the member the account belongs to, or {@code null} for staff
 * @param memberName the member's first name and last name in capitals ("Marie LEROY"), or {@code null} for staff
 * @param membershipNumbers the member's membership numbers in order; empty for staff
 * @param roles the roles the account grants ({@link Roles})
 * @param status pending activation, active or closed
 * @param locked whether failed sign-ins lock the account at the instant the summary was read
 * @param lockedUntil the end of the current or last lock, or {@code null} when never locked
 * @param failedAttempts consecutive failed sign-ins since the last success or unlock
 * @param createdAt when the account was created
 * @param lastLoginAt the last successful sign-in, or {@code null} before the first one
 * @see WebAccounts#search(AccountSearch, int, int)
 * @since 1.0
 */
public record AccountSummary(long id, String login, Long memberId, String memberName, List<String> membershipNumbers,
        Set<String> roles, AccountStatus status, boolean locked, OffsetDateTime lockedUntil, int failedAttempts,
        OffsetDateTime createdAt, OffsetDateTime lastLoginAt) implements Serializable {

    /**
     * Copies the collections, so that the summary stays as read.
     *
     * @param id the account's id
     * @param login the login
     * @param memberId the member, or {@code null} for staff
     * @param memberName the member's name, or {@code null} for staff
     * @param membershipNumbers the membership numbers; {@code null} is read as none
     * @param roles the roles; {@code null} is read as none
     * @param status the account's status
     * @param locked whether locked when read
     * @param lockedUntil the end of the lock, or {@code null}
     * @param failedAttempts consecutive failed sign-ins
     * @param createdAt creation instant
     * @param lastLoginAt last sign-in, or {@code null}
     */
    public AccountSummary {
        membershipNumbers = membershipNumbers == null ? List.of() : List.copyOf(membershipNumbers);
        roles = roles == null ? Set.of() : Collections.unmodifiableSet(new LinkedHashSet<>(roles));
    }

    /**
     * Whether the account is the mutual's staff's (no member behind it).
     *
     * @return {@code true} for staff and administrators
     */
    public boolean isStaff() {
        return memberId == null;
    }
}
