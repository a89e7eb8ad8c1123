package org.mutualportal.reimbursements.rib;

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
 * the BIC by ISO 9362, and that both name the same country. Returns the bundle key of what is wrong.
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
            return Optional.of("rib.iban.invalid");
        } catch (IbanFormatException | UnsupportedCountryException e) {
            return Optional.of("rib.iban.country");
        }
    }

    public static Optional<String> bicProblem(String bic, String iban) {
        try {
            BicUtil.validate(bic);
        } catch (BicFormatException | UnsupportedCountryException e) {
            return Optional.of("rib.bic.invalid");
        }
        if (iban.length() >= 2 && !bic.substring(4, 6).equals(iban.substring(0, 2))) {
            return Optional.of("rib.bic.country");
        }
        return Optional.empty();
    }
}
