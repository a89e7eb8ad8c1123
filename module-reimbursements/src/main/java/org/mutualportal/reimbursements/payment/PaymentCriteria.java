package org.mutualportal.reimbursements.payment;

import java.time.LocalDate;
import java.util.Set;

/**
 * A payment search of the guide: the payment period (since 1, 3, 6, 12 or 24 months — required) and the
 * advanced search (one beneficiary, care started on or after a date, ended on or before a date).
 *
 * @param periodMonths one of {@link #PERIODS}
 * @param payee the member's own reimbursements, or payments to professionals (tiers payant)
 * @param beneficiaryId a beneficiary of the membership, or {@code null} for all
 * @param careFrom earliest care start, or {@code null}
 * @param careTo latest care end, or {@code null}
 * @param newestFirst payment date order
 */
public record PaymentCriteria(int periodMonths, Payee payee, Long beneficiaryId, LocalDate careFrom, LocalDate careTo,
        boolean newestFirst) implements java.io.Serializable {

    /** The periods the guide offers, in months. */
    public static final Set<Integer> PERIODS = Set.of(1, 3, 6, 12, 24);

    /** The period of a search that names none: the guide's "Depuis 1 mois". */
    public static final int DEFAULT_PERIOD = 1;

    public PaymentCriteria {
        if (!PERIODS.contains(periodMonths)) {
            throw new IllegalArgumentException("Period of " + periodMonths + " months");
        }
        if (careFrom != null && careTo != null && careTo.isBefore(careFrom)) {
            throw new IllegalArgumentException("Care end before care start");
        }
    }

    public boolean isAdvanced() {
        return beneficiaryId != null || careFrom != null || careTo != null;
    }

    /** The first payment date of the period: "since 1 month" on 31 March is since 28 (or 29) February. */
    public LocalDate since(LocalDate today) {
        return today.minusMonths(periodMonths);
    }
}
