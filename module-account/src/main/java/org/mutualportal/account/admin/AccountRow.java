package org.mutualportal.account.admin;

import java.io.Serializable;
import java.time.OffsetDateTime;
import java.util.Set;
import org.mutualportal.api.security.AccountStatus;
import org.mutualportal.api.security.AccountSummary;

/**
 * A web account as the administrators see it: login, the member behind it (name and membership numbers)
 * or none for staff, roles, status and lock, with what the pages show of them. Read from the core's
 * summaries, one query per page, never per row.
 *
 * @param locked whether failures lock the account right now
 */
public record AccountRow(long id, String login, Long memberId, String memberName, String membershipNumbers,
        Set<String> roles, AccountStatus status, boolean locked, OffsetDateTime lockedUntil, int failedAttempts,
        OffsetDateTime createdAt, OffsetDateTime lastLoginAt) implements Serializable {

    /** The row of an account as the core summarizes it; the membership numbers on one line. */
    static AccountRow of(AccountSummary summary) {
        return new AccountRow(summary.id(), summary.login(), summary.memberId(), summary.memberName(),
                summary.isStaff() ? null : String.join(", ", summary.membershipNumbers()), summary.roles(),
                summary.status(), summary.locked(), summary.lockedUntil(), summary.failedAttempts(),
                summary.createdAt(), summary.lastLoginAt());
    }

    public boolean isStaff() {
        return memberId == null;
    }

    /** The status the pages show: a lock outranks "active". */
    public String getDisplayStatus() {
        return locked ? "LOCKED" : status.name();
    }

    public boolean isUnlockable() {
        return locked || failedAttempts > 0;
    }

    public boolean isPendingActivation() {
        return status == AccountStatus.PENDING_ACTIVATION && memberId != null;
    }

    public String getRoleList() {
        return String.join(", ", roles);
    }
}
