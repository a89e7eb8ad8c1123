package org.mutualportal.reimbursements.payment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class PaymentCriteriaTest {

    @Test
    void periodsCountWholeMonthsBackAndClampAtMonthEnds() {
        PaymentCriteria oneMonth = new PaymentCriteria(1, Payee.MEMBER, null, null, null, true);

        assertThat(oneMonth.since(LocalDate.of(2027, 3, 31))).isEqualTo(LocalDate.of(2027, 2, 28));
        assertThat(oneMonth.since(LocalDate.of(2028, 3, 31))).isEqualTo(LocalDate.of(2028, 2, 29));
        assertThat(new PaymentCriteria(24, Payee.MEMBER, null, null, null, true).since(LocalDate.of(2026, 11, 27)))
                .isEqualTo(LocalDate.of(2024, 11, 27));
    }

    @Test
    void onlyTheGuidesPeriodsAndOrderedCareDatesAreAccepted() {
        assertThatThrownBy(() -> new PaymentCriteria(2, Payee.MEMBER, null, null, null, true))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new PaymentCriteria(1, Payee.MEMBER, null, LocalDate.of(2026, 5, 2), LocalDate.of(2026, 5, 1), true))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(new PaymentCriteria(3, Payee.MEMBER, 4L, null, null, true).isAdvanced()).isTrue();
    }
}
