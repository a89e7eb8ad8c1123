package org.mutualportal.contract.guarantees;

import java.time.LocalDate;

/**
 * When new guarantees may start: on the first day of a month, never before next month (the mutual needs time
 * to issue the new card), and only once the current guarantees have been held for the minimum the statutes
 * set (twelve months by default) — the usual rule that keeps members from upgrading just before costly care.
 */
public final class GuaranteeChangeRules {

    private GuaranteeChangeRules() {
    }

    public static LocalDate earliestChange(LocalDate guaranteesSince, LocalDate today, int minimumMonths) {
        LocalDate nextMonth = today.withDayOfMonth(1).plusMonths(1);
        LocalDate held = guaranteesSince.plusMonths(minimumMonths);
        LocalDate heldFirstOfMonth = held.getDayOfMonth() == 1 ? held : held.withDayOfMonth(1).plusMonths(1);
        return heldFirstOfMonth.isAfter(nextMonth) ? heldFirstOfMonth : nextMonth;
    }
}
