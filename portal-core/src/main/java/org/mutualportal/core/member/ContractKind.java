package org.mutualportal.core.member;

/** Who manages the contract: the member (individual) or an employer (collective). */
public enum ContractKind {
    INDIVIDUAL, COLLECTIVE
}
