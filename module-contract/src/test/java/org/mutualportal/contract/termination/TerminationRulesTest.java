package org.mutualportal.contract.termination;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class TerminationRulesTest {

    private static final LocalDate NOTICE = LocalDate.of(2026, 11, 27);

    @Test
    void afterOneYearAContractEndsOneMonthAfterNotice() {
        assertThat(TerminationRules.effectiveDate(TerminationReason.PERSONAL, LocalDate.of(2019, 1, 1), NOTICE))
                .isEqualTo(LocalDate.of(2026, 12, 27));
        assertThat(TerminationRules.heldOneYear(LocalDate.of(2025, 11, 27), NOTICE)).isTrue();
    }

    @Test
    void withinTheFirstYearPersonalReasonsWaitForTheFirstAnniversary() {
        LocalDate start = LocalDate.of(2026, 6, 1);
        assertThat(TerminationRules.heldOneYear(start, NOTICE)).isFalse();
        assertThat(TerminationRules.effectiveDate(TerminationReason.PERSONAL, start, NOTICE)).isEqualTo(LocalDate.of(2027, 6, 1));
        // An anniversary less than a month away still leaves the month of notice.
        assertThat(TerminationRules.effectiveDate(TerminationReason.PERSONAL, LocalDate.of(2025, 12, 10), NOTICE))
                .isEqualTo(LocalDate.of(2026, 12, 27));
    }

    @Test
    void aChangeOfSituationEndsTheContractOneMonthAfterNoticeWhateverItsAge() {
        LocalDate start = LocalDate.of(2026, 6, 1);
        for (TerminationReason reason : new TerminationReason[] {TerminationReason.COLLECTIVE_MANDATORY,
                TerminationReason.SOLIDARITY, TerminationReason.MOVE_ABROAD}) {
            assertThat(reason.needsProof()).isTrue();
            assertThat(TerminationRules.effectiveDate(reason, start, NOTICE)).isEqualTo(LocalDate.of(2026, 12, 27));
        }
        assertThat(TerminationReason.PERSONAL.needsProof()).isFalse();
    }
}
