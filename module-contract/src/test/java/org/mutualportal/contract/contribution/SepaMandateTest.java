package org.mutualportal.contract.contribution;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SepaMandateTest {

    @Test
    void referencesAreReadableWithinTheSepaLimitsAndUnique() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 1000; i++) {
            String reference = SepaMandate.newReference("100234", LocalDate.of(2026, 11, 27));
            assertThat(reference).startsWith("RUM-100234-20261127-").hasSizeLessThanOrEqualTo(35).matches("[A-Z0-9-]+");
            seen.add(reference);
        }
        assertThat(seen).hasSize(1000);
    }

    @Test
    void aLongMembershipNumberStillFitsIn35Characters() {
        assertThat(SepaMandate.newReference("12345678901234567890", LocalDate.of(2026, 11, 27))).hasSize(35);
    }
}
