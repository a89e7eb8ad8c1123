package org.mutualportal.claims.claim;

import org.mutualportal.api.requests.RequestStatus;
import org.mutualportal.spi.RequestStage;

/**
 * Where the management system says a claim stands, finer than its status in Suivi. Labels in the module's bundle
 * ({@code stage.<code>}); the management system sets them through the request feed with a reason for the member.
 */
public enum ClaimStage {

    /** The mutual has the claim and checks it. */
    RECEIVED(RequestStatus.IN_PROGRESS, false),
    /** A proof is missing or unreadable: the member adds it on the claim's page, and the claim goes back to the mutual. */
    INCOMPLETE(RequestStatus.IN_PROGRESS, true),
    /** The claim is accepted; the payment follows. */
    ACCEPTED(RequestStatus.IN_PROGRESS, false),
    /** The claim is refused, with a reason. */
    REFUSED(RequestStatus.DONE, false),
    /** The claim is paid: the payment arrives through the payments import, linked to the claim. */
    PAID(RequestStatus.DONE, false);

    private final RequestStatus status;
    private final boolean awaitsMember;

    ClaimStage(RequestStatus status, boolean awaitsMember) {
        this.status = status;
        this.awaitsMember = awaitsMember;
    }

    /** Whether a request's stage, as the portal reports it by code ({@code null} for none), is this one. */
    public boolean is(String stage) {
        return name().equals(stage);
    }

    /** The stage as the module declares it to the portal. */
    public RequestStage declaration() {
        return new RequestStage(name(), "stage." + name(), status, awaitsMember);
    }
}
