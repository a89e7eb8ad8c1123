package org.mutualportal.api.member;

/**
 * Who manages the contract.
 *
 * @since 1.0
 */
public enum ContractKind {
    /** The member subscribed themselves and manages the contract. */
    INDIVIDUAL,
    /** An employer subscribed for its staff: changes go through the employer ({@link CollectiveContractGuard}). */
    COLLECTIVE
}
