package org.mutualportal.spi;

import org.mutualportal.api.requests.RequestStatus;

/**
 * A CDI event the core fires when staff or the management system change a member request's status or stage
 * (taken, incomplete, answered, closed, cancelled), in the transaction that changes it.
 *
 * <p>A module observes it to follow its own requests: tell the member by e-mail, update its own records.
 * Observe it with {@code @Observes(during = TransactionPhase.AFTER_SUCCESS)} for work that must happen only once
 * the change is committed (a mail queued in a new transaction), or in the transaction otherwise.
 *
 * <h2>Usage</h2>
 * <pre>
 * void changed(&#64;Observes RequestStatusChanged change) {
 *     if ("INCOMPLETE".equals(change.stage())) { ... }
 * }
 * </pre>
 *
 * @param requestId the request
 * @param status its status now
 * @param stage its stage now (a code its type declares), or {@code null}
 * @since 1.0
 */
public record RequestStatusChanged(long requestId, RequestStatus status, String stage) {
}
