package org.mutualportal.contract.guarantees;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class GuaranteeChangeRulesTest {

    @Test
    void guaranteesHeldLongEnoughChangeOnTheFirstOfNextMonth() {
        assertThat(GuaranteeChangeRules.earliestChange(LocalDate.of(2019, 1, 1), LocalDate.of(2026, 11, 27), 12))
                .isEqualTo(LocalDate.of(2026, 12, 1));
        assertThat(GuaranteeChangeRules.earliestChange(LocalDate.of(2019, 1, 1), LocalDate.of(2026, 12, 31), 12))
                .isEqualTo(LocalDate.of(2027, 1, 1));
    }

    @Test
    void recentGuaranteesWaitForTheMinimumRoundedToAFirstOfMonth() {
        assertThat(GuaranteeChangeRules.earliestChange(LocalDate.of(2026, 5, 1), LocalDate.of(2026, 11, 27), 12))
                .isEqualTo(LocalDate.of(2027, 5, 1));
        assertThat(GuaranteeChangeRules.earliestChange(LocalDate.of(2026, 5, 15), LocalDate.of(2026, 11, 27), 12))
                .isEqualTo(LocalDate.of(2027, 6, 1));
        assertThat(GuaranteeChangeRules.earliestChange(LocalDate.of(2026, 5, 15), LocalDate.of(2026, 11, 27), 0))
                .isEqualTo(LocalDate.of(2026, 12, 1));
    }
}
