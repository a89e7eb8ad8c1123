package org.mutualportal.core.member;

/** The member's family situation, as the mutual records it (labels in the core bundle: {@code family.<name>}). */
public enum FamilySituation {
    SINGLE, MARRIED, CIVIL_PARTNERSHIP, COHABITING, DIVORCED, SEPARATED, WIDOWED
}
