package org.mutualportal.account.admin;

import java.io.Serializable;
import org.mutualportal.api.security.AccountStatus;
import org.mutualportal.api.security.AccountSummary;

/**
 * A web account as the administrators' pages show it: the core's summary (read for a whole page in two
 * queries, never one per row), with the few things the pages derive from it.
 */
public record AccountRow(AccountSummary summary) implements Serializable {

    public boolean isStaff() {
        return summary.isStaff();
    }

    /** The membership numbers on one line; none for staff. */
    public String getMembershipNumbers() {
        return summary.isStaff() ? null : String.join(", ", summary.membershipNumbers());
    }

    /** The status the pages show: a lock outranks "active". */
    public String getDisplayStatus() {
        return summary.locked() ? "LOCKED" : summary.status().name();
    }

    public boolean isUnlockable() {
        return summary.locked() || summary.failedAttempts() > 0;
    }

    public boolean isPendingActivation() {
        return summary.status() == AccountStatus.PENDING_ACTIVATION && !summary.isStaff();
    }

    public String getRoleList() {
        return String.join(", ", summary.roles());
    }
}
