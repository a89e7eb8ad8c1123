package org.mutualportal.api.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Servlets read an id in their path by the rule of the pages' {@code portal.id} converter. */
class ConvertersTest {

    @Test
    void aPositiveWholeNumberIsAnId() {
        assertThat(Converters.parseId("1")).isEqualTo(1L);
        assertThat(Converters.parseId("999999999999999999")).isEqualTo(999_999_999_999_999_999L);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "0", "000", "-1", "+1", "12a", "1.0", " 1", "1/2", "٣", "1234567890123456789", "nope"})
    void anythingElseIsNotFound(String raw) {
        assertThatThrownBy(() -> Converters.parseId(raw)).isInstanceOf(NotFoundException.class);
    }

    @Test
    void datesAreIsoAndStrictAndAnUnreadableOneIsAbsent() {
        assertThat(Converters.parseIsoDate("2026-05-10")).isEqualTo(LocalDate.of(2026, 5, 10));
        assertThat(Converters.parseIsoDate(" 2026-05-10 ")).isEqualTo(LocalDate.of(2026, 5, 10));
        assertThat(Converters.parseIsoDate("2026-02-31")).isNull();
        assertThat(Converters.parseIsoDate("10/05/2026")).isNull();
        assertThat(Converters.parseIsoDate("")).isNull();
        assertThat(Converters.parseIsoDate(null)).isNull();
    }
}
