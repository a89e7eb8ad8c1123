package org.mutualportal.api.security;

/**
 * Limits per client source for a module's public forms that an automated script could try over and over (a
 * card check, a password-reset request): attempts are counted per client address and address block, on every
 * instance, and beyond the portal's thresholds ({@code portal.security.source.*}) the source is slowed, then
 * refused for a while. Who is acting is the current HTTP request's client (behind the mutual's trusted proxies,
 * the address they forwarded).
 *
 * <p>A CDI bean. Call {@link #check} before the costly or revealing work — before hashing a password, before
 * looking a member up — and {@link #failed} once the attempt failed (or, for a form whose answer never says
 * whether it matched, after each attempt). The refusal is a {@link TooManyAttempts}: thrown from a page's
 * action, the shell shows its French message at the top of the page with HTTP 429 and {@code Retry-After}.
 *
 * <h2>Usage</h2>
 * <pre>
 * sourceAttempts.check(SourceAttempts.Kind.REGISTRATION_CHECK);
 * if (!matches) {
 *     sourceAttempts.failed(SourceAttempts.Kind.REGISTRATION_CHECK);
 * }
 * </pre>
 *
 * @since 1.2
 */
public interface SourceAttempts {

    /**
     * What is attempted: each kind is counted and limited on its own.
     *
     * @since 1.2
     */
    enum Kind {
        /** Proving one holds a member card ("Créer mon espace"). */
        REGISTRATION_CHECK,
        /** Asking for a password-reset link ("Mot de passe oublié"). */
        PASSWORD_RESET
    }

    /**
     * Lets the attempt go on, or refuses it.
     *
     * @param kind what is attempted
     * @throws TooManyAttempts when the current request's source is slowed or refused for this kind
     */
    void check(Kind kind);

    /**
     * Counts a failed attempt of the current request's source, in a transaction of its own (it stays counted
     * when the caller's rolls back).
     *
     * @param kind what was attempted
     */
    void failed(Kind kind);
}
