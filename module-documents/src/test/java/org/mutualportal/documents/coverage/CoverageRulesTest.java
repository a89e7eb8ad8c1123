package org.mutualportal.documents.coverage;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.mutualportal.api.member.ContractState;
import org.mutualportal.documents.coverage.CoverageRules.Period;

class CoverageRulesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 25);

    @Test
    void aCardOfAContractWithoutEndIsValidForTheCivilYear() {
        assertThat(CoverageRules.cardValidity(ContractState.OPEN, LocalDate.of(2019, 1, 1), null, TODAY))
                .contains(new Period(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31)));
    }

    @Test
    void aCardStartsWithAContractOfThisYearAndEndsWithItsEnd() {
        assertThat(CoverageRules.cardValidity(ContractState.OPEN, LocalDate.of(2026, 3, 15), LocalDate.of(2026, 12, 14), TODAY))
                .contains(new Period(LocalDate.of(2026, 3, 15), LocalDate.of(2026, 12, 14)));
        assertThat(CoverageRules.cardValidity(ContractState.OPEN, LocalDate.of(2020, 1, 1), LocalDate.of(2027, 6, 30), TODAY))
                .as("an end next year stops at 31 December").contains(new Period(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31)));
    }

    @Test
    void noCardWhenTheContractIsNotOpenOrDoesNotRunThisYear() {
        assertThat(CoverageRules.cardValidity(ContractState.SUSPENDED, LocalDate.of(2019, 1, 1), null, TODAY)).isEmpty();
        assertThat(CoverageRules.cardValidity(ContractState.TERMINATED, LocalDate.of(2019, 1, 1), LocalDate.of(2026, 6, 30), TODAY)).isEmpty();
        assertThat(CoverageRules.cardValidity(ContractState.OPEN, LocalDate.of(2027, 1, 1), null, TODAY)).isEmpty();
        assertThat(CoverageRules.cardValidity(ContractState.OPEN, LocalDate.of(2019, 1, 1), LocalDate.of(2025, 12, 31), TODAY)).isEmpty();
        assertThat(CoverageRules.cardValidity(ContractState.OPEN, LocalDate.of(2019, 1, 1), LocalDate.of(2026, 6, 30), TODAY))
                .as("ended earlier this year, though the management system has not closed it yet").isEmpty();
        assertThat(CoverageRules.cardValidity(ContractState.OPEN, LocalDate.of(2019, 1, 1), TODAY, TODAY))
                .as("its last day").contains(new Period(LocalDate.of(2026, 1, 1), TODAY));

        assertThat(CoverageRules.cardUnavailableReason(ContractState.SUSPENDED, LocalDate.of(2019, 1, 1), null, TODAY))
                .contains("card.unavailable.SUSPENDED");
        assertThat(CoverageRules.cardUnavailableReason(ContractState.OPEN, LocalDate.of(2027, 1, 1), null, TODAY))
                .contains("card.unavailable.notStarted");
        assertThat(CoverageRules.cardUnavailableReason(ContractState.OPEN, LocalDate.of(2019, 1, 1), LocalDate.of(2025, 12, 31), TODAY))
                .contains("card.unavailable.ended");
        assertThat(CoverageRules.cardUnavailableReason(ContractState.OPEN, LocalDate.of(2019, 1, 1), null, TODAY)).isEmpty();
    }

    @Test
    void anAttestationCertifiesADayOfTheContractUpToTheEndOfTheYear() {
        assertThat(CoverageRules.attestationRange(ContractState.OPEN, LocalDate.of(2019, 4, 1), null, TODAY))
                .contains(new Period(LocalDate.of(2019, 4, 1), LocalDate.of(2026, 12, 31)));
        assertThat(CoverageRules.attestationRange(ContractState.TERMINATED, LocalDate.of(2019, 4, 1), LocalDate.of(2024, 6, 30), TODAY))
                .as("a terminated contract is certified for the days it ran")
                .contains(new Period(LocalDate.of(2019, 4, 1), LocalDate.of(2024, 6, 30)));
        assertThat(CoverageRules.attestationRange(ContractState.SUSPENDED, LocalDate.of(2019, 4, 1), null, TODAY)).isEmpty();
        assertThat(CoverageRules.attestationRange(ContractState.TERMINATED, LocalDate.of(2019, 4, 1), null, TODAY)).isEmpty();
        assertThat(CoverageRules.attestationRange(ContractState.OPEN, LocalDate.of(2027, 2, 1), null, TODAY)).isEmpty();
    }

    @Test
    void coverageBoundsAreInclusive() {
        LocalDate start = LocalDate.of(2026, 2, 1);
        LocalDate end = LocalDate.of(2026, 2, 28);
        assertThat(CoverageRules.coveredOn(start, end, start)).isTrue();
        assertThat(CoverageRules.coveredOn(start, end, end)).isTrue();
        assertThat(CoverageRules.coveredOn(start, end, end.plusDays(1))).isFalse();
        assertThat(CoverageRules.coveredOn(start, null, LocalDate.of(2090, 1, 1))).isTrue();
        assertThat(CoverageRules.coveredOn(start, end, start.minusDays(1))).isFalse();

        Period year = new Period(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31));
        assertThat(CoverageRules.coveredDuring(LocalDate.of(2020, 1, 1), LocalDate.of(2026, 1, 1), year)).isTrue();
        assertThat(CoverageRules.coveredDuring(LocalDate.of(2020, 1, 1), LocalDate.of(2025, 12, 31), year)).isFalse();
        assertThat(CoverageRules.coveredDuring(LocalDate.of(2026, 12, 31), null, year)).isTrue();
        assertThat(CoverageRules.coveredDuring(LocalDate.of(2027, 1, 1), null, year)).isFalse();
    }
}
