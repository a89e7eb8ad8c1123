package org.mutualportal.core.web;

import org.mutualportal.api.text.FrenchFormats;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;

/** EL functions of the {@code portal} tag library: {@code #{portal:money(p.amount)}}, {@code #{portal:date(d)}}. */
public final class PortalFunctions {

    private PortalFunctions() {
    }

    public static String money(BigDecimal amount) {
        return FrenchFormats.money(amount);
    }

    public static String decimal(BigDecimal amount) {
        return FrenchFormats.decimal(amount);
    }

    public static String date(LocalDate date) {
        return FrenchFormats.date(date);
    }

    public static String dateTime(OffsetDateTime instant) {
        return FrenchFormats.dateTime(instant);
    }

    public static String phone(String number) {
        return FrenchFormats.phone(number);
    }
}
