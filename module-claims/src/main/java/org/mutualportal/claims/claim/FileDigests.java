package org.mutualportal.claims.claim;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** The SHA-256 of a file's content, in lower-case hexadecimal: how a file sent twice is recognised, whatever its name. */
public final class FileDigests {

    private FileDigests() {
    }

    public static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java platform has SHA-256", e);
        }
    }

    /** Whether a text is a SHA-256 as {@link #sha256} writes it (the page's script sends them). */
    public static boolean isSha256(String text) {
        return text != null && text.matches("[0-9a-f]{64}");
    }
}
