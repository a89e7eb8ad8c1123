package org.mutualportal.api.validation;

import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The French social security number (NIR) as members type it on the forms: 13 characters and a 2-digit key.
 * The key is 97 minus the number modulo 97, with Corsica's departments 2A and 2B counted as 19 and 18. The
 * number also carries the birth year and month, which must agree with the birth date typed next to it
 * (months 20 to 99 are the pseudo-months used when the birth month is unknown, and are accepted).
 *
 * <p>In the API because beneficiaries, contracts and documents all show or take one. Problems are returned as
 * keys of the shared bundle ({@code nir.format}, {@code nir.key}, {@code nir.birth}); the {@link Nir} constraint
 * uses the same check.
 *
 * @since 1.0
 */
public final class SocialSecurityNumber {

    private static final Pattern SHAPE =
            Pattern.compile("([1-478])(\\d{2})(\\d{2})(\\d{2}|2A|2B)(\\d{3})(\\d{3})(\\d{2})");

    private SocialSecurityNumber() {
    }

    /**
     * The stored form: spaces, dots and dashes removed, upper case (2a → 2A).
     *
     * @param typed as typed; may be {@code null}
     * @return never {@code null}
     */
    public static String normalize(String typed) {
        return typed == null ? "" : typed.replaceAll("[\\s.\\-]", "").toUpperCase(java.util.Locale.ROOT);
    }

    /**
     * What is wrong with a normalized NIR for a person born on {@code birthDate}.
     *
     * @param nir from {@link #normalize}
     * @param birthDate the person's birth date, or {@code null} when unknown (then not compared)
     * @return the shared bundle key of the problem, empty when the number is valid
     */
    public static Optional<String> problem(String nir, LocalDate birthDate) {
        Matcher matcher = SHAPE.matcher(nir == null ? "" : nir);
        if (!matcher.matches()) {
            return Optional.of("nir.format");
        }
        int month = Integer.parseInt(matcher.group(3));
        if (month == 0 || month > 12 && month < 20) {
            return Optional.of("nir.format");
        }
        if (Integer.parseInt(matcher.group(7)) != key(nir.substring(0, 13))) {
            return Optional.of("nir.key");
        }
        if (birthDate != null) {
            boolean yearMatches = Integer.parseInt(matcher.group(2)) == birthDate.getYear() % 100;
            boolean monthMatches = month > 12 || month == birthDate.getMonthValue();
            if (!yearMatches || !monthMatches) {
                return Optional.of("nir.birth");
            }
        }
        return Optional.empty();
    }

    /** The control key of the first 13 characters. */
    static int key(String first13) {
        String digits = first13.replace("2A", "19").replace("2B", "18");
        return (int) (97 - Long.parseLong(digits) % 97);
    }

    /**
     * The NIR with only its last 5 characters visible, for screens and PDFs.
     *
     * @param nir normalized; may be {@code null}
     * @return the masked NIR
     */
    public static String mask(String nir) {
        if (nir == null || nir.length() < 6) {
            return nir;
        }
        return "•".repeat(nir.length() - 5) + nir.substring(nir.length() - 5);
    }

    /**
     * Grouped as on the carte Vitale: 2 78 03 13 055 123 16.
     *
     * @param nir normalized; may be {@code null}
     * @return the grouped NIR, or the input when it is not 15 characters
     */
    public static String display(String nir) {
        if (nir == null || nir.length() != 15) {
            return nir;
        }
        return String.join(" ", nir.substring(0, 1), nir.substring(1, 3), nir.substring(3, 5), nir.substring(5, 7),
                nir.substring(7, 10), nir.substring(10, 13), nir.substring(13));
    }
}
