package org.mutualportal.api.time;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.Set;

/**
 * Working days in metropolitan France: no weekends, no public holidays (the eleven of the Code du travail,
 * Easter-based ones included). Used for the processing dates the mutual announces.
 *
 * @since 1.0
 */
public final class FrenchBusinessDays {

    private static final Set<MonthDay> FIXED = Set.of(MonthDay.of(1, 1), MonthDay.of(5, 1), MonthDay.of(5, 8),
            MonthDay.of(7, 14), MonthDay.of(8, 15), MonthDay.of(11, 1), MonthDay.of(11, 11), MonthDay.of(12, 25));

    private FrenchBusinessDays() {
    }

    /**
     * The date {@code days} working days after {@code from} (the next working day when 0 and from is not one).
     *
     * @param from the start
     * @param days working days to add, 0 or more
     * @return never {@code null}
     */
    public static LocalDate add(LocalDate from, int days) {
        LocalDate date = from;
        int left = days;
        while (left > 0 || !isWorkingDay(date)) {
            date = date.plusDays(1);
            if (isWorkingDay(date)) {
                left--;
            }
        }
        return date;
    }

    /**
     * Whether a date is worked in France: not a weekend, not a public holiday.
     *
     * @param date the date
     * @return {@code true} for a working day
     */
    public static boolean isWorkingDay(LocalDate date) {
        DayOfWeek day = date.getDayOfWeek();
        return day != DayOfWeek.SATURDAY && day != DayOfWeek.SUNDAY && !isPublicHoliday(date);
    }

    /**
     * Whether a date is one of the eleven public holidays of metropolitan France.
     *
     * @param date the date
     * @return {@code true} for a public holiday
     */
    public static boolean isPublicHoliday(LocalDate date) {
        if (FIXED.contains(MonthDay.from(date))) {
            return true;
        }
        LocalDate easter = easterSunday(date.getYear());
        return date.equals(easter.plusDays(1)) || date.equals(easter.plusDays(39)) || date.equals(easter.plusDays(50));
    }

    /** Gregorian Easter Sunday (Meeus/Jones/Butcher). */
    static LocalDate easterSunday(int year) {
        int a = year % 19;
        int b = year / 100;
        int c = year % 100;
        int d = b / 4;
        int e = b % 4;
        int f = (b + 8) / 25;
        int g = (b - f + 1) / 3;
        int h = (19 * a + b - d - g + 15) % 30;
        int i = c / 4;
        int k = c % 4;
        int l = (32 + 2 * e + 2 * i - h - k) % 7;
        int m = (a + 11 * h + 22 * l) / 451;
        int month = (h + l - 7 * m + 114) / 31;
        int day = ((h + l - 7 * m + 114) % 31) + 1;
        return LocalDate.of(year, month, day);
    }
}
