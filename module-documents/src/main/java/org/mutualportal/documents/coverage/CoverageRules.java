package org.mutualportal.documents.coverage;

import java.time.LocalDate;
import java.util.Optional;
import org.mutualportal.api.member.ContractState;

/**
 * The dates the documents certify, in one place so that the pages, the PDFs and the tests agree: a
 * tiers-payant card is valid for the civil year within the contract (professionals are paid by the
 * mutual only while the contract runs, and cards are reissued each January), and an attestation certifies
 * one day of the contract. Pure date arithmetic, no "today" of its own: the caller passes the portal's.
 */
public final class CoverageRules {

    private CoverageRules() {
    }

    /** A closed range of days. */
    public record Period(LocalDate from, LocalDate to) {
        public boolean contains(LocalDate day) {
            return !day.isBefore(from) && !day.isAfter(to);
        }
    }

    /**
     * The validity of the tiers-payant card: from the later of the contract's start and 1 January, to the
     * earlier of the contract's end and 31 December of the current year; none when the contract is not
     * open, does not run at all this year, or has already ended (a card valid only in the past is no use at
     * the pharmacy).
     */
    public static Optional<Period> cardValidity(ContractState state, LocalDate contractStart, LocalDate contractEnd,
            LocalDate today) {
        if (state != ContractState.OPEN) {
            return Optional.empty();
        }
        LocalDate from = later(contractStart, today.withDayOfYear(1));
        LocalDate to = contractEnd == null ? today.withMonth(12).withDayOfMonth(31)
                : earlier(contractEnd, today.withMonth(12).withDayOfMonth(31));
        return to.isBefore(from) || to.isBefore(today) ? Optional.empty() : Optional.of(new Period(from, to));
    }

    /** Why no card can be issued ({@code card.unavailable.*} keys of the bundle), when none can. */
    public static Optional<String> cardUnavailableReason(ContractState state, LocalDate contractStart,
            LocalDate contractEnd, LocalDate today) {
        if (state != ContractState.OPEN) {
            return Optional.of("card.unavailable." + state.name());
        }
        if (cardValidity(state, contractStart, contractEnd, today).isEmpty()) {
            return Optional.of(contractStart.isAfter(today) ? "card.unavailable.notStarted" : "card.unavailable.ended");
        }
        return Optional.empty();
    }

    /**
     * The days an attestation may certify: from the contract's start to its end, and no later than
     * 31 December of the current year (what is known of next year's contract is not yet certain). Empty when
     * the contract is suspended (the mutual must say from when) or terminated without a known end.
     */
    public static Optional<Period> attestationRange(ContractState state, LocalDate contractStart, LocalDate contractEnd,
            LocalDate today) {
        if (state == ContractState.SUSPENDED || state == ContractState.TERMINATED && contractEnd == null) {
            return Optional.empty();
        }
        LocalDate yearEnd = today.withMonth(12).withDayOfMonth(31);
        LocalDate to = contractEnd == null ? yearEnd : earlier(contractEnd, yearEnd);
        return to.isBefore(contractStart) ? Optional.empty() : Optional.of(new Period(contractStart, to));
    }

    /** Whether a person covered from {@code start} to {@code end} (open when null) is covered on that day. */
    public static boolean coveredOn(LocalDate start, LocalDate end, LocalDate day) {
        return !day.isBefore(start) && (end == null || !day.isAfter(end));
    }

    /** Whether a person covered from {@code start} to {@code end} (open when null) is covered some day of the period. */
    public static boolean coveredDuring(LocalDate start, LocalDate end, Period period) {
        return !start.isAfter(period.to()) && (end == null || !end.isBefore(period.from()));
    }

    private static LocalDate later(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    private static LocalDate earlier(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }
}
