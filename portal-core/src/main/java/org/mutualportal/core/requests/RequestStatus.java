package org.mutualportal.core.requests;

/** Where a member's request stands, as Suivi shows it: envoyée, en cours, traitée, annulée. */
public enum RequestStatus {
    SENT, IN_PROGRESS, DONE, CANCELLED;

    public boolean isOpen() {
        return this == SENT || this == IN_PROGRESS;
    }
}
