package org.mutualportal.api.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import org.junit.jupiter.api.Test;

class FrenchFormatsTest {

    private static final char NARROW_NBSP = '\u202F';
    private static final char NBSP = '\u00A0';

    @Test
    void amountsUseFrenchSeparatorsAndTheEuroSignAfter() {
        assertThat(FrenchFormats.money(new BigDecimal("1234.56"))).isEqualTo("1" + NARROW_NBSP + "234,56" + NBSP + "€");
        assertThat(FrenchFormats.money(new BigDecimal("0.5"))).isEqualTo("0,50" + NBSP + "€");
        assertThat(FrenchFormats.money(new BigDecimal("-12.345"))).isEqualTo("-12,35" + NBSP + "€");
        assertThat(FrenchFormats.decimal(new BigDecimal("6179.04"))).isEqualTo("6" + NARROW_NBSP + "179,04");
        assertThat(FrenchFormats.money(null)).isEmpty();
    }

    @Test
    void datesAreDayMonthYearAndParsedStrictly() {
        assertThat(FrenchFormats.date(LocalDate.of(2026, 2, 3))).isEqualTo("03/02/2026");
        assertThat(LocalDate.parse("29/02/2024", FrenchFormats.DATE)).isEqualTo(LocalDate.of(2024, 2, 29));
        assertThatThrownBy(() -> LocalDate.parse("31/02/2026", FrenchFormats.DATE)).isInstanceOf(DateTimeParseException.class);
        assertThatThrownBy(() -> LocalDate.parse("2026-02-03", FrenchFormats.DATE)).isInstanceOf(DateTimeParseException.class);
    }

    @Test
    void frenchPhoneNumbersAreShownByPairs() {
        assertThat(FrenchFormats.phone("0612345678")).isEqualTo("06 12 34 56 78");
        assertThat(FrenchFormats.phone("04.84.90.01.69")).isEqualTo("04 84 90 01 69");
        assertThat(FrenchFormats.phone("+33 6 12 34 56 78")).isEqualTo("+33 6 12 34 56 78");
    }

    @Test
    void timesAreShownInParis() {
        assertThat(FrenchFormats.dateTime(OffsetDateTime.of(2026, 7, 1, 22, 30, 0, 0, ZoneOffset.UTC)))
                .isEqualTo("02/07/2026 00:30");
        assertThat(FrenchFormats.dateTime(OffsetDateTime.of(2026, 12, 31, 23, 30, 0, 0, ZoneOffset.UTC)))
                .isEqualTo("01/01/2027 00:30");
    }
}
