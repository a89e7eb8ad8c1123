package org.mutualportal.api.validation;

import java.util.Optional;

/**
 * French phone numbers as members type them ("06 12 34 56 78", "06.12.34.56.78", "+33 6 12 34 56 78"),
 * stored as ten digits. Mobiles start with 06 or 07; landlines with 01–05 or 09. The {@link FrenchPhone}
 * constraint uses the same rules.
 *
 * @since 1.0
 */
public final class FrenchPhones {

    private FrenchPhones() {
    }

    /**
     * The ten-digit form, if the text is a French number at all.
     *
     * @param typed as typed; may be {@code null}
     * @return ten digits, or empty
     */
    public static Optional<String> normalize(String typed) {
        if (typed == null) {
            return Optional.empty();
        }
        String digits = typed.replaceAll("[\\s.\\-()]", "");
        if (digits.startsWith("+33")) {
            digits = "0" + digits.substring(3);
        } else if (digits.startsWith("0033")) {
            digits = "0" + digits.substring(4);
        }
        return digits.matches("0[1-9]\\d{8}") ? Optional.of(digits) : Optional.empty();
    }

    /**
     * Whether a normalized number is a mobile's.
     *
     * @param normalized from {@link #normalize}
     * @return {@code true} for 06 and 07
     */
    public static boolean isMobile(String normalized) {
        return normalized != null && normalized.matches("0[67]\\d{8}");
    }

    /**
     * Whether a normalized number is a landline's.
     *
     * @param normalized from {@link #normalize}
     * @return {@code true} for 01 to 05 and 09
     */
    public static boolean isLandline(String normalized) {
        return normalized != null && normalized.matches("0[1-59]\\d{8}");
    }
}
