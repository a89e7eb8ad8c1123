package org.mutualportal.claims.claim;

import java.time.LocalDate;
import java.util.Optional;
import org.mutualportal.api.error.BusinessException;
import org.mutualportal.claims.ClaimsModule;

/**
 * A care is claimed once it happened, and within the mutual's limit ({@code portal.claims.care-date.max-months},
 * 24 months by default: the prescription of the Code de la mutualité is two years). Checked by the form, next to the
 * field, and again by the service.
 *
 * @param maxMonths how old a care may be, in months
 */
public record CareDateRule(int maxMonths) {

    /** The earliest date of care accepted on {@code today}. */
    public LocalDate earliest(LocalDate today) {
        return today.minusMonths(maxMonths);
    }

    /** What is wrong with the date, on the {@code careDate} property; empty when it is accepted. */
    public Optional<BusinessException> check(LocalDate careDate, LocalDate today) {
        if (careDate == null) {
            return Optional.empty();
        }
        if (careDate.isAfter(today)) {
            return Optional.of(new BusinessException(ClaimsModule.BUNDLE, "send.careDate.future").on("careDate"));
        }
        if (careDate.isBefore(earliest(today))) {
            return Optional.of(new BusinessException(ClaimsModule.BUNDLE, "send.careDate.tooOld", maxMonths).on("careDate"));
        }
        return Optional.empty();
    }
}
