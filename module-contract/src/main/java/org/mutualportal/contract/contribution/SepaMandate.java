package org.mutualportal.contract.contribution;

import java.security.SecureRandom;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/**
 * A SEPA direct debit mandate's unique reference (RUM): at most 35 characters of the SEPA set, unique per
 * creditor. The membership number makes it readable by staff, the date and a random part make it unique
 * without a database round trip.
 */
public final class SepaMandate {

    private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    private SepaMandate() {
    }

    public static String newReference(String membershipNumber, LocalDate signedOn) {
        StringBuilder reference = new StringBuilder("RUM-").append(membershipNumber).append('-')
                .append(signedOn.format(DateTimeFormatter.BASIC_ISO_DATE)).append('-');
        for (int i = 0; i < 6; i++) {
            reference.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return reference.length() > 35 ? reference.substring(reference.length() - 35) : reference.toString();
    }
}
