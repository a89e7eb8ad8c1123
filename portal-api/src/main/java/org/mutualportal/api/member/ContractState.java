package org.mutualportal.api.member;

/**
 * The state of a contract as the management system reports it.
 *
 * @since 1.0
 */
public enum ContractState {
    /** "Ouvert": in force. */
    OPEN,
    /** "Suspendu": cover suspended (unpaid contributions, for instance). */
    SUSPENDED,
    /** "Résilié": ended. */
    TERMINATED
}
