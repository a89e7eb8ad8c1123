package org.mutualportal.claims.claim;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.mutualportal.api.error.BusinessException;

class CareDateRuleTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 7);
    private final CareDateRule rule = new CareDateRule(24);

    @Test
    void aCareOfTodayOrOfTheLastTwoYearsIsAccepted() {
        assertThat(rule.check(TODAY, TODAY)).isEmpty();
        assertThat(rule.check(LocalDate.of(2024, 12, 7), TODAY)).isEmpty();
        assertThat(rule.check(null, TODAY)).as("a missing date is the field's own constraint").isEmpty();
    }

    @Test
    void aCareInTheFutureOrOlderThanTheLimitIsRefusedOnTheDateField() {
        BusinessException future = rule.check(TODAY.plusDays(1), TODAY).orElseThrow();
        BusinessException old = rule.check(LocalDate.of(2024, 12, 6), TODAY).orElseThrow();

        assertThat(future.property()).isEqualTo("careDate");
        assertThat(future.text()).isEqualTo("La date des soins ne peut pas être dans le futur.");
        assertThat(old.property()).isEqualTo("careDate");
        assertThat(old.text()).startsWith("Ces soins datent de plus de 24 mois");
    }
}
