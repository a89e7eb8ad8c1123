package org.mutualportal.reimbursements.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.mutualportal.api.web.NotFoundException;
import org.mutualportal.reimbursements.payment.Payee;
import org.mutualportal.reimbursements.payment.PaymentCriteria;

class SearchParametersTest {

    @Test
    void onlyTheGuidesPeriodsAreReadAndAnythingElseIsAbsent() {
        assertThat(SearchParameters.period("3")).isEqualTo(3);
        assertThat(SearchParameters.period("24")).isEqualTo(24);
        assertThat(SearchParameters.period("2")).isNull();
        assertThat(SearchParameters.period("003")).isNull();
        assertThat(SearchParameters.period("-1")).isNull();
        assertThat(SearchParameters.period("abc")).isNull();
        assertThat(SearchParameters.period(null)).isNull();
    }

    @Test
    void aBeneficiaryIsAnIdAndAMalformedOneIsNotFound() {
        assertThat(SearchParameters.beneficiary("12")).isEqualTo(12L);
        assertThat(SearchParameters.beneficiary(null)).isNull();
        assertThat(SearchParameters.beneficiary("")).isNull();
        for (String malformed : new String[] {"abc", "-1", "0", "1234567890123456789"}) {
            assertThatThrownBy(() -> SearchParameters.beneficiary(malformed)).as(malformed)
                    .isInstanceOf(NotFoundException.class);
        }
    }

    @Test
    void theQueryIsReadBackAsTheSameCriteria() {
        PaymentCriteria criteria = new PaymentCriteria(3, Payee.MEMBER, 12L, LocalDate.of(2026, 5, 1),
                LocalDate.of(2026, 5, 10), true);

        assertThat(SearchParameters.query(criteria)).isEqualTo("period=3&beneficiary=12&from=2026-05-01&to=2026-05-10");
        assertThat(SearchParameters.query(new PaymentCriteria(1, Payee.MEMBER, null, null, null, true))).isEqualTo("period=1");
    }
}
