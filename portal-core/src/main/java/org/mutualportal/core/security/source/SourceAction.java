package org.mutualportal.core.security.source;

/** What a source attempts; each is counted and limited on its own. */
public enum SourceAction {
    /** A sign-in with identifier and password. */
    SIGN_IN,
    /** The code e-mailed for a sign-in from a new browser. */
    LOGIN_CODE,
    /** A "Créer mon espace" card check (member number, names, birth date). */
    REGISTRATION_CHECK,
    /** A "Mot de passe oublié" request: every one counts, since its answer never says whether it matched. */
    PASSWORD_RESET,
    /** The data-exchange API's Basic authentication. */
    API_AUTH
}
