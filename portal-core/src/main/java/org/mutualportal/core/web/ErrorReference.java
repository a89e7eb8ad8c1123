package org.mutualportal.core.web;

import jakarta.servlet.ServletRequest;
import java.security.SecureRandom;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Gives every request a short id — the reference an error page shows, and the one the log lines about the
 * request carry (failures, audit) — so that the mutual's support can find the log line a member reads out on
 * the phone, without the page ever showing a stack trace. The API's {@code Actor.requestId()} answers the same.
 */
public final class ErrorReference {

    /** Request attribute holding the request's id. */
    public static final String ATTRIBUTE = "portal.request.id";

    /** Request attribute set once the request's failure is logged (the error page then does not log it again). */
    public static final String LOGGED = "portal.error.logged";

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

    /** The request's id, given on first use. */
    public static String of(ServletRequest request) {
        Object id = request.getAttribute(ATTRIBUTE);
        if (id instanceof String known) {
            return known;
        }
        String fresh = newReference();
        request.setAttribute(ATTRIBUTE, fresh);
        return fresh;
    }

    /**
     * Logs the failure with its root cause (Payara wraps SQL errors several levels deep) under the request's id,
     * and returns that id as the reference to show.
     */
    public static String log(ServletRequest request, String path, Throwable failure) {
        if (request == null) {
            return log(newReference(), path, failure);
        }
        request.setAttribute(LOGGED, Boolean.TRUE);
        return log(of(request), path, failure);
    }

    /** The reference of the failure logged in this request, if one was. */
    public static String logged(ServletRequest request) {
        return request.getAttribute(LOGGED) == null ? null : of(request);
    }

    /** Logs the failure under a reference already given. */
    public static String log(String reference, String path, Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        Throwable rootCause = root;
        LOG.log(Level.SEVERE, failure, () -> "Error " + reference + " on " + path + " — root cause: " + rootCause);
        return reference;
    }
}
