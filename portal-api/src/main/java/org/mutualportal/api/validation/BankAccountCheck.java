package org.mutualportal.api.validation;

import java.util.Locale;
import java.util.Optional;
import org.iban4j.BicFormatException;
import org.iban4j.BicUtil;
import org.iban4j.IbanFormatException;
import org.iban4j.IbanUtil;
import org.iban4j.InvalidCheckDigitException;
import org.iban4j.UnsupportedCountryException;

/**
 * Checks bank details as typed: the IBAN by ISO 13616 (country format and mod-97 check digits, with iban4j),
 * the BIC by ISO 9362, and that both name the same country. Returns the key, in the shared bundle
 * ({@code Texts.shared}), of what is wrong. In the API because every module that takes bank details (RIB for
 * reimbursements, direct debit of contributions) must accept and refuse the same ones; the {@link Iban} and
 * {@link Bic} constraints use it.
 *
 * @since 1.0
 */
public final class BankAccountCheck {

    private BankAccountCheck() {
    }

    /**
     * The stored form: spaces removed, upper case.
     *
     * @param typed as typed; may be {@code null}
     * @return never {@code null}
     */
    public static String normalize(String typed) {
        return typed == null ? "" : typed.replaceAll("\\s+", "").toUpperCase(Locale.ROOT);
    }

    /**
     * What is wrong with a normalized IBAN.
     *
     * @param iban from {@link #normalize}
     * @return {@code bank.iban.invalid} (check digits) or {@code bank.iban.country} (format), empty when valid
     */
    public static Optional<String> ibanProblem(String iban) {
        try {
            IbanUtil.validate(iban);
            return Optional.empty();
        } catch (InvalidCheckDigitException e) {
            return Optional.of("bank.iban.invalid");
        } catch (IbanFormatException | UnsupportedCountryException e) {
            return Optional.of("bank.iban.country");
        }
    }

    /**
     * What is wrong with a normalized BIC, and whether it names the IBAN's country.
     *
     * @param bic from {@link #normalize}
     * @param iban the normalized IBAN it goes with, or {@code null} to check the BIC alone
     * @return {@code bank.bic.invalid} or {@code bank.bic.country}, empty when valid
     */
    public static Optional<String> bicProblem(String bic, String iban) {
        try {
            BicUtil.validate(bic);
        } catch (BicFormatException | UnsupportedCountryException e) {
            return Optional.of("bank.bic.invalid");
        }
        if (iban != null && iban.length() >= 2 && !bic.substring(4, 6).equals(iban.substring(0, 2))) {
            return Optional.of("bank.bic.country");
        }
        return Optional.empty();
    }

    /**
     * The IBAN as pages and e-mails may show it: all but the country and the last four characters hidden, in the
     * usual groups of four.
     *
     * @param iban normalized; may be {@code null}
     * @return the masked IBAN
     */
    public static String mask(String iban) {
        if (iban == null || iban.length() < 8) {
            return iban;
        }
        String masked = iban.substring(0, 2) + "•".repeat(iban.length() - 6) + iban.substring(iban.length() - 4);
        StringBuilder grouped = new StringBuilder();
        for (int i = 0; i < masked.length(); i += 4) {
            grouped.append(i == 0 ? "" : " ").append(masked, i, Math.min(i + 4, masked.length()));
        }
        return grouped.toString();
    }
}
