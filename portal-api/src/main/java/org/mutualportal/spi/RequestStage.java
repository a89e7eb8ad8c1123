package org.mutualportal.spi;

import java.util.Objects;
import org.mutualportal.api.requests.RequestStatus;

/**
 * A step the management system reports on a kind of request, finer than its {@link RequestStatus}: a claim is
 * "reçue", "incomplète", "acceptée", "refusée", "payée". A module declares the stages of its request types
 * ({@link RequestType#withStages}); the management system sets one with a reason through the request feed
 * ({@code PUT /api/v1/requests/{id}/status} with {@code stage} and {@code reason}); Suivi shows its label and
 * reason to the member, and the core fires {@link RequestStatusChanged} with it.
 *
 * <p>The module that declares stages tells the member about them, in its own words (observing
 * {@link RequestStatusChanged}): Suivi's generic e-mail ("votre demande a été traitée") is not sent for a change that
 * carries a stage.
 *
 * @param code stable code, upper case ({@code INCOMPLETE}), unique within its request type
 * @param labelKey key of its French label in the module's bundle
 * @param status the request's status while at this stage ({@link RequestStatus#IN_PROGRESS},
 *        {@link RequestStatus#DONE} or {@link RequestStatus#CANCELLED}, never {@link RequestStatus#SENT})
 * @param awaitsMember whether the mutual waits for the member (a missing document): the module then lets the
 *        member complete the request, and {@code MemberRequests.resubmit} hands it back to the management system
 * @since 1.0
 */
public record RequestStage(String code, String labelKey, RequestStatus status, boolean awaitsMember) {

    /**
     * Checks the stage.
     *
     * @param code stable code
     * @param labelKey key of its label
     * @param status the request's status at this stage
     * @param awaitsMember whether the mutual waits for the member
     * @throws NullPointerException when a part is missing
     * @throws IllegalArgumentException when the status is {@link RequestStatus#SENT}, or a stage awaiting the member
     *         closes the request
     */
    public RequestStage {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(labelKey, "labelKey");
        Objects.requireNonNull(status, "status");
        if (status == RequestStatus.SENT) {
            throw new IllegalArgumentException("A stage is reported by the mutual: not SENT (" + code + ")");
        }
        if (awaitsMember && !status.isOpen()) {
            throw new IllegalArgumentException("A stage awaiting the member keeps the request open (" + code + ")");
        }
    }
}
