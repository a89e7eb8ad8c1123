package org.mutualportal.core.security.oidc;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.time.Instant;
import java.util.Comparator;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The sign-ins of a browser waiting for their provider's answer, in its session: a few at once (several tabs),
 * each for {@link #MAX_AGE_SECONDS} at most, and each answer taken once. The map is a {@link ConcurrentHashMap} so
 * that two answers with the same {@code state} at the same moment (a replay) cannot both take it.
 */
final class OidcAttempts {

    static final String SESSION_KEY = "portal.oidc.attempts";
    static final long MAX_AGE_SECONDS = 600;
    private static final int MAX_ATTEMPTS = 5;

    private OidcAttempts() {
    }

    static void keep(HttpServletRequest request, OidcAttempt attempt, Instant now) {
        HttpSession session = request.getSession(true);
        ConcurrentHashMap<String, OidcAttempt> attempts = attempts(session);
        attempts.values().removeIf(old -> expired(old, now));
        while (attempts.size() >= MAX_ATTEMPTS) {
            attempts.values().stream().min(Comparator.comparingLong(OidcAttempt::createdAtEpochSecond))
                    .ifPresent(oldest -> attempts.remove(oldest.state()));
        }
        attempts.put(attempt.state(), attempt);
        session.setAttribute(SESSION_KEY, attempts); // set again: a replicated session copies what is set
    }

    /** The attempt this {@code state} answers, removed from the session; empty when unknown, taken or expired. */
    static Optional<OidcAttempt> take(HttpServletRequest request, String state, Instant now) {
        HttpSession session = request.getSession(false);
        if (session == null || state == null || state.isEmpty() || state.length() > 200) {
            return Optional.empty();
        }
        ConcurrentHashMap<String, OidcAttempt> attempts = attempts(session);
        OidcAttempt attempt = attempts.remove(state);
        session.setAttribute(SESSION_KEY, attempts);
        return Optional.ofNullable(attempt).filter(taken -> !expired(taken, now));
    }

    private static boolean expired(OidcAttempt attempt, Instant now) {
        return now.getEpochSecond() - attempt.createdAtEpochSecond() > MAX_AGE_SECONDS;
    }

    @SuppressWarnings("unchecked")
    private static ConcurrentHashMap<String, OidcAttempt> attempts(HttpSession session) {
        synchronized (OidcAttempts.class) {
            Object found = session.getAttribute(SESSION_KEY);
            if (found instanceof ConcurrentHashMap<?, ?> map) {
                return (ConcurrentHashMap<String, OidcAttempt>) map;
            }
            ConcurrentHashMap<String, OidcAttempt> fresh = new ConcurrentHashMap<>();
            session.setAttribute(SESSION_KEY, fresh);
            return fresh;
        }
    }
}
