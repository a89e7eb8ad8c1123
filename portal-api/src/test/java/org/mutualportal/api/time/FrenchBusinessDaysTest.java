package org.mutualportal.api.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class FrenchBusinessDaysTest {

    @Test
    void knowsEasterAndTheHolidaysThatFollowIt() {
        assertThat(FrenchBusinessDays.easterSunday(2026)).isEqualTo(LocalDate.of(2026, 4, 5));
        assertThat(FrenchBusinessDays.easterSunday(2027)).isEqualTo(LocalDate.of(2027, 3, 28));
        assertThat(FrenchBusinessDays.isPublicHoliday(LocalDate.of(2026, 4, 6))).as("lundi de Pâques").isTrue();
        assertThat(FrenchBusinessDays.isPublicHoliday(LocalDate.of(2026, 5, 14))).as("Ascension").isTrue();
        assertThat(FrenchBusinessDays.isPublicHoliday(LocalDate.of(2026, 5, 25))).as("lundi de Pentecôte").isTrue();
        assertThat(FrenchBusinessDays.isPublicHoliday(LocalDate.of(2026, 7, 14))).isTrue();
        assertThat(FrenchBusinessDays.isPublicHoliday(LocalDate.of(2026, 7, 15))).isFalse();
    }

    @Test
    void skipsWeekendsAndHolidays() {
        // Friday 24 December 2027 + 1 working day: not Saturday 25 (Christmas), not Sunday: Monday 27.
        assertThat(FrenchBusinessDays.add(LocalDate.of(2027, 12, 24), 1)).isEqualTo(LocalDate.of(2027, 12, 27));
        // Thursday 30 April 2026 + 1: Friday 1 May is a holiday, so Monday 4 May.
        assertThat(FrenchBusinessDays.add(LocalDate.of(2026, 4, 30), 1)).isEqualTo(LocalDate.of(2026, 5, 4));
        assertThat(FrenchBusinessDays.add(LocalDate.of(2026, 11, 27), 5)).isEqualTo(LocalDate.of(2026, 12, 4));
        assertThat(FrenchBusinessDays.add(LocalDate.of(2026, 11, 28), 0)).as("a Saturday becomes Monday").isEqualTo(LocalDate.of(2026, 11, 30));
    }
}
