package org.mutualportal.api.requests;

import java.io.Serializable;

/**
 * Filters of the request lists (the member's history, the staff inbox).
 *
 * @param typeCode one request type, or {@code null} for all
 * @param status one status, or {@code null} for all
 * @param olderThanDays only requests created at least this many days ago (the inbox's "age"), or {@code null}
 * @param sinceMonths only requests of the last months (the history's period), or {@code null}
 * @since 1.0
 */
public record RequestFilter(String typeCode, RequestStatus status, Integer olderThanDays, Integer sinceMonths)
        implements Serializable {

    /** Every request. */
    public static final RequestFilter ALL = new RequestFilter(null, null, null, null);
}
