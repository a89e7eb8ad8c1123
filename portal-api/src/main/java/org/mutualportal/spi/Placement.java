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
    /** The staff console menu. */
    STAFF,
    /** The administration console menu. */
    ADMIN;

    /** The four sections of the member toolbar, in display order. */
    public static final java.util.List<Placement> TOOLBAR = java.util.List.of(CONTRACT, HEALTH, DOCUMENTS, FOLLOW_UP);
}
