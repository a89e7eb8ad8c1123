package org.mutualportal.documents.attestation;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Locale;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The verification code printed on an attestation: the first 80 bits of an HMAC-SHA256 of the certified
 * data under the mutual's key, written in Crockford's base 32 (no I, L, O or U: nothing to confuse when
 * read over the phone) as {@code XXXX-XXXX-XXXX-XXXX}. Without the key nobody can make a code that staff
 * will accept, and a code cannot be guessed (2^80 possibilities).
 */
public final class VerificationCodes {

    static final String ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    static final int LENGTH = 16;

    private VerificationCodes() {
    }

    /** The code of a payload (16 characters, no dashes: as stored). */
    public static String code(byte[] key, String payload) {
        byte[] mac = hmac(key, payload);
        StringBuilder code = new StringBuilder(LENGTH);
        long bits = 0;
        int available = 0;
        int next = 0;
        while (code.length() < LENGTH) {
            if (available < 5) {
                bits = bits << 8 | (mac[next++] & 0xFF);
                available += 8;
            }
            available -= 5;
            code.append(ALPHABET.charAt((int) (bits >>> available & 0x1F)));
        }
        return code.toString();
    }

    /** Whether the code is the payload's under this key (constant time). */
    public static boolean matches(byte[] key, String payload, String code) {
        return MessageDigest.isEqual(code(key, payload).getBytes(StandardCharsets.US_ASCII),
                code.getBytes(StandardCharsets.US_ASCII));
    }

    /** {@code ABCD-EFGH-JKMN-PQRS}, as printed and shown. */
    public static String format(String code) {
        return code.substring(0, 4) + "-" + code.substring(4, 8) + "-" + code.substring(8, 12) + "-" + code.substring(12);
    }

    /**
     * What someone typed, as a stored code: spaces and dashes ignored, lower case accepted, and the letters
     * Crockford reads as digits (O as 0, I and L as 1). Empty when it cannot be a code.
     */
    public static Optional<String> normalize(String typed) {
        if (typed == null) {
            return Optional.empty();
        }
        String code = typed.replaceAll("[\\s\\-]", "").toUpperCase(Locale.ROOT)
                .replace('O', '0').replace('I', '1').replace('L', '1');
        if (code.length() != LENGTH || !code.chars().allMatch(c -> ALPHABET.indexOf(c) >= 0)) {
            return Optional.empty();
        }
        return Optional.of(code);
    }

    private static byte[] hmac(byte[] key, String payload) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal(payload.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }
}
