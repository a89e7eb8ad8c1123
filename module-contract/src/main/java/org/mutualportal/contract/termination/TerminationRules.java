package org.mutualportal.contract.termination;

import java.time.LocalDate;

/**
 * The date a termination takes effect, by French law for individual health contracts. Since 1 December 2020
 * (loi n° 2019-733) a contract held for a year may be terminated at any time, effective one month after the
 * mutual receives the notice; within the first year, personal reasons end it at its first anniversary
 * (never earlier than a month after notice); a change of situation ends it one month after notice.
 */
public final class TerminationRules {

    private TerminationRules() {
    }

    public static LocalDate effectiveDate(TerminationReason reason, LocalDate contractStart, LocalDate noticeDate) {
        LocalDate oneMonthAfterNotice = noticeDate.plusMonths(1);
        if (reason.needsProof()) {
            return oneMonthAfterNotice;
        }
        LocalDate firstAnniversary = contractStart.plusYears(1);
        return firstAnniversary.isAfter(oneMonthAfterNotice) ? firstAnniversary : oneMonthAfterNotice;
    }

    /** Whether the contract has been held a year, so that the "at any time" rule applies. */
    public static boolean heldOneYear(LocalDate contractStart, LocalDate today) {
        return !contractStart.plusYears(1).isAfter(today);
    }
}
