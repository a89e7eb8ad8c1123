package org.mutualportal.core.requests;

import java.util.Arrays;
import java.util.List;

/** Where a member's request stands, as Suivi shows it: envoyée, en cours, traitée, annulée. */
public enum RequestStatus {
    SENT, IN_PROGRESS, DONE, CANCELLED;

    private static final List<RequestStatus> OPEN = Arrays.stream(values()).filter(RequestStatus::isOpen).toList();

    public boolean isOpen() {
        return this == SENT || this == IN_PROGRESS;
    }

    /** The statuses {@link #isOpen()} calls open, for queries ({@code r.status in :open}). */
    public static List<RequestStatus> open() {
        return OPEN;
    }
}
