package org.mutualportal.api.member;

/**
 * The member's family situation, as the mutual records it (French labels in the shared bundle:
 * {@code family.<name>}).
 *
 * @since 1.0
 */
public enum FamilySituation {
    /** Célibataire. */
    SINGLE,
    /** Marié(e). */
    MARRIED,
    /** Pacsé(e). */
    CIVIL_PARTNERSHIP,
    /** En concubinage. */
    COHABITING,
    /** Divorcé(e). */
    DIVORCED,
    /** Séparé(e). */
    SEPARATED,
    /** Veuf / veuve. */
    WIDOWED
}
