package org.mutualportal.core.member;

/** The state of a contract as the management system reports it ("OUVERT", "SUSPENDU", "RÉSILIÉ"). */
public enum ContractState {
    OPEN, SUSPENDED, TERMINATED
}
