package org.mutualportal.api.text;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;
import java.util.Locale;
import java.util.regex.Pattern;
import org.mutualportal.api.time.PortalClock;

/**
 * How the portal writes amounts and dates, everywhere (pages, PDFs, CSV, e-mails): {@code 1 234,56 €},
 * {@code 31/12/2026}, and times in Europe/Paris. Amounts are exact decimals rounded half-up to the cent
 * for display only. Pages use the same through the {@code portal:money}, {@code portal:date},
 * {@code portal:dateTime} and {@code portal:phone} EL functions. Thread-safe.
 *
 * @since 1.0
 */
public final class FrenchFormats {

    /** dd/MM/yyyy, strict: 31/02/2026 is refused rather than moved to March. */
    public static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/uuuu", Locale.FRANCE)
            .withResolverStyle(ResolverStyle.STRICT);

    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("dd/MM/uuuu HH:mm", Locale.FRANCE);

    /*
     * NumberFormat is not thread-safe: each call formats with a copy of these. Copying is a fraction of what
     * getCurrencyInstance costs (locale data lookups, Currency resolution), and pages format many amounts.
     */
    private static final NumberFormat MONEY = NumberFormat.getCurrencyInstance(Locale.FRANCE);
    private static final NumberFormat DECIMAL = decimalFormat();

    private static final Pattern PHONE_SEPARATORS = Pattern.compile("[\\s.\\-]");
    private static final Pattern FRENCH_PHONE = Pattern.compile("0\\d{9}");

    private FrenchFormats() {
    }

    /**
     * {@code 1 234,56 €} (narrow no-break space between thousands, no-break space before the euro sign).
     *
     * @param amount an amount in euros; may be {@code null}
     * @return the text; empty for {@code null}
     */
    public static String money(BigDecimal amount) {
        if (amount == null) {
            return "";
        }
        return ((NumberFormat) MONEY.clone()).format(amount.setScale(2, RoundingMode.HALF_UP));
    }

    /**
     * {@code 1 234,56} — an amount without the currency, for tables whose header names it.
     *
     * @param amount an amount; may be {@code null}
     * @return the text; empty for {@code null}
     */
    public static String decimal(BigDecimal amount) {
        if (amount == null) {
            return "";
        }
        return ((NumberFormat) DECIMAL.clone()).format(amount.setScale(2, RoundingMode.HALF_UP));
    }

    private static NumberFormat decimalFormat() {
        NumberFormat format = NumberFormat.getNumberInstance(Locale.FRANCE);
        format.setMinimumFractionDigits(2);
        format.setMaximumFractionDigits(2);
        return format;
    }

    /**
     * A French number by pairs, {@code 06 12 34 56 78}; anything else as it was given.
     *
     * @param number as stored; may be {@code null}
     * @return the text; empty for {@code null}
     */
    public static String phone(String number) {
        if (number == null) {
            return "";
        }
        String digits = PHONE_SEPARATORS.matcher(number).replaceAll("");
        if (!FRENCH_PHONE.matcher(digits).matches()) {
            return number;
        }
        StringBuilder pairs = new StringBuilder();
        for (int i = 0; i < 10; i += 2) {
            pairs.append(i == 0 ? "" : " ").append(digits, i, i + 2);
        }
        return pairs.toString();
    }

    /**
     * {@code 1234,56} — for CSV: spreadsheets read a decimal comma, not every one reads a narrow space.
     *
     * @param amount an amount; may be {@code null}
     * @return the text; empty for {@code null}
     */
    public static String plainDecimal(BigDecimal amount) {
        return amount == null ? "" : amount.setScale(2, RoundingMode.HALF_UP).toPlainString().replace('.', ',');
    }

    /**
     * {@code 31/12/2026}.
     *
     * @param date a date; may be {@code null}
     * @return the text; empty for {@code null}
     */
    public static String date(LocalDate date) {
        return date == null ? "" : DATE.format(date);
    }

    /**
     * Date and time in Europe/Paris, e.g. {@code 27/11/2026 08:15}.
     *
     * @param instant an instant (stored in UTC); may be {@code null}
     * @return the text; empty for {@code null}
     */
    public static String dateTime(OffsetDateTime instant) {
        return instant == null ? "" : DATE_TIME.format(instant.atZoneSameInstant(PortalClock.PARIS));
    }
}
