package org.mutualportal.api.security;

/**
 * The current user's HTTP session, for the two moments a module changes it: after the user changed their own
 * credentials (the session goes on under a new id, every other session ends), and when the user closes their
 * account (the session ends now).
 *
 * <p>A CDI bean; call it from a page's action, in the request whose session it changes.
 *
 * @since 1.0
 */
public interface Sessions {

    /**
     * Keeps the current session valid after the account's credentials changed in it, under a new session id
     * (other sessions of the account end by {@link WebAccounts#changePassword}).
     */
    void renewCurrent();

    /** Signs the user out and ends the current session (sign-out, account deleted); does nothing without one. */
    void endCurrent();
}
