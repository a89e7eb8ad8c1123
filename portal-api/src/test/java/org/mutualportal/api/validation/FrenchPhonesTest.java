package org.mutualportal.api.validation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FrenchPhonesTest {

    @ParameterizedTest
    @CsvSource({
        "06 12 34 56 78, 0612345678, true",
        "06.12.34.56.78, 0612345678, true",
        "+33 7 12 34 56 78, 0712345678, true",
        "0033612345678, 0612345678, true",
        "04 91 00 01 02, 0491000102, false"
    })
    void normalizesFrenchNumbers(String typed, String normalized, boolean mobile) {
        assertThat(FrenchPhones.normalize(typed)).contains(normalized);
        assertThat(FrenchPhones.isMobile(normalized)).isEqualTo(mobile);
    }

    @ParameterizedTest
    @CsvSource({"061234567", "00612345678", "+44 7911 123456", "abcdefghij", "0012345678"})
    void refusesWhatIsNotAFrenchNumber(String typed) {
        assertThat(FrenchPhones.normalize(typed)).isEmpty();
    }
}
