package org.mutualportal.core.web;

import java.security.SecureRandom;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Gives an unexpected failure a short reference, shown to the user and logged with the failure, so that
 * the mutual's support can find the log line a member reads out on the phone — without the page ever
 * showing a stack trace.
 */
public final class ErrorReference {

    /** Request attribute holding the reference of a failure already logged. */
    public static final String ATTRIBUTE = "portal.error.reference";

    private static final Logger LOG = Logger.getLogger("org.mutualportal.errors");
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final char[] ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789".toCharArray();

    private ErrorReference() {
    }

    public static String newReference() {
        char[] code = new char[8];
        for (int i = 0; i < code.length; i++) {
            code[i] = ALPHABET[RANDOM.nextInt(ALPHABET.length)];
        }
        return new String(code);
    }

    /** Logs the failure with its root cause (Payara wraps SQL errors several levels deep) and returns its reference. */
    public static String log(String path, Throwable failure) {
        String reference = newReference();
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        Throwable rootCause = root;
        LOG.log(Level.SEVERE, failure, () -> "Error " + reference + " on " + path + " — root cause: " + rootCause);
        return reference;
    }
}
