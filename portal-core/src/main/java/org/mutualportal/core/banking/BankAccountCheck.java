package org.mutualportal.core.banking;

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
 * the BIC by ISO 9362, and that both name the same country. Returns the key, in the core bundle, of what is
 * wrong. In the kernel because every module that takes bank details (RIB for reimbursements, direct debit of
 * contributions) must accept and refuse the same ones.
 */
public final class BankAccountCheck {

    private BankAccountCheck() {
    }

    /** Spaces removed, upper case. */
    public static String normalize(String typed) {
        return typed == null ? "" : typed.replaceAll("\\s+", "").toUpperCase(Locale.ROOT);
    }

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

    public static Optional<String> bicProblem(String bic, String iban) {
        try {
            BicUtil.validate(bic);
        } catch (BicFormatException | UnsupportedCountryException e) {
            return Optional.of("bank.bic.invalid");
        }
        if (iban.length() >= 2 && !bic.substring(4, 6).equals(iban.substring(0, 2))) {
            return Optional.of("bank.bic.country");
        }
        return Optional.empty();
    }

    /** All but the country and the last four characters hidden, in the usual groups of four. */
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
