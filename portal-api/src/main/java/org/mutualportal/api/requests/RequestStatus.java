package org.mutualportal.api.requests;

import java.util.Arrays;
import java.util.List;

/**
 * Where a member's request stands, as Suivi shows it (French labels in the shared bundle:
 * {@code request.status.<name>}).
 *
 * @since 1.0
 */
public enum RequestStatus {
    /** "Envoyée": recorded, nobody has taken it yet; the member may still cancel it. */
    SENT,
    /** "En cours": staff or the management system took it. */
    IN_PROGRESS,
    /** "Traitée": answered or applied. */
    DONE,
    /** "Annulée": by the member, staff or the management system. */
    CANCELLED;

    private static final List<RequestStatus> OPEN = Arrays.stream(values()).filter(RequestStatus::isOpen).toList();

    /**
     * Whether the request still waits for the mutual.
     *
     * @return {@code true} for {@link #SENT} and {@link #IN_PROGRESS}
     */
    public boolean isOpen() {
        return this == SENT || this == IN_PROGRESS;
    }

    /**
     * The statuses {@link #isOpen()} calls open, for queries ({@code r.status in :open}).
     *
     * @return an unmodifiable list
     */
    public static List<RequestStatus> open() {
        return OPEN;
    }
}
