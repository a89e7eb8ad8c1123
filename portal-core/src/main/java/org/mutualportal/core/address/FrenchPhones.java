package org.mutualportal.core.address;

import java.util.Optional;

/**
 * French phone numbers as members type them ("06 12 34 56 78", "06.12.34.56.78", "+33 6 12 34 56 78"),
 * stored as ten digits. Mobiles start with 06 or 07; landlines with 01–05 or 09.
 */
public final class FrenchPhones {

    private FrenchPhones() {
    }

    /** The ten-digit form, if the text is a French number at all. */
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

    public static boolean isMobile(String normalized) {
        return normalized != null && normalized.matches("0[67]\\d{8}");
    }

    public static boolean isLandline(String normalized) {
        return normalized != null && normalized.matches("0[1-59]\\d{8}");
    }
}
