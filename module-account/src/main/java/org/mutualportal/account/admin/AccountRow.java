package org.mutualportal.account.admin;

import java.io.Serializable;
import java.time.OffsetDateTime;
import java.util.Set;
import org.mutualportal.core.security.AccountStatus;

/**
 * A web account as the administrators see it: login, the member behind it (name and membership numbers)
 * or none for staff, roles, status and lock. Built from one query per page, never per row.
 *
 * @param locked whether failures lock the account right now
 */
public record AccountRow(long id, String login, Long memberId, String memberName, String membershipNumbers,
        Set<String> roles, AccountStatus status, boolean locked, OffsetDateTime lockedUntil, int failedAttempts,
        OffsetDateTime createdAt, OffsetDateTime lastLoginAt) implements Serializable {

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
