package org.mutualportal.spi;

/**
 * Where a {@link MenuEntry} appears in the shell.
 *
 * @since 1.0
 */
public enum Placement {
    /** Toolbar section "Contrat". */
    CONTRACT,
    /** Toolbar section "Santé". */
    HEALTH,
    /** Toolbar section "Documents" (shown as "à venir" while no module fills it). */
    DOCUMENTS,
    /** Toolbar section "Suivi". */
    FOLLOW_UP,
    /** The "Mon compte" menu of the header. */
    ACCOUNT,
    /** The "Ma situation change" actions of the dashboard's left column. */
    SITUATION,
    /** Links of the public pages (landing, login): registration, public FAQ… */
    PUBLIC,
    /**
     * The landing page's "Je souhaite créer mon espace personnel" choice: its "Créer mon espace" button opens the
     * first such entry, the page where a member without a web account creates one. Without an entry (no module
     * offers registration, or it is switched off) the landing page offers signing in only. An entry may also be
     * {@link #PUBLIC}, for the other public pages.
     *
     * @since 1.1
     */
    REGISTRATION,
    /** The staff console menu. */
    STAFF,
    /** The administration console menu. */
    ADMIN;

    /** The four sections of the member toolbar, in display order. */
    public static final java.util.List<Placement> TOOLBAR = java.util.List.of(CONTRACT, HEALTH, DOCUMENTS, FOLLOW_UP);
}
