package org.mutualportal.claims.follow;

import java.time.OffsetDateTime;
import org.mutualportal.claims.claim.Claim;

/**
 * A claim as "Mes factures envoyées" lists it: the claim as sent, and what its request in Suivi says of it now
 * (getters for EL).
 */
public final class ClaimRow {

    private final Claim claim;
    private final OffsetDateTime sentAt;
    private final String careKind;
    private final String status;
    private final String stage;

    ClaimRow(Claim claim, OffsetDateTime sentAt, String careKind, String status, String stage) {
        this.claim = claim;
        this.sentAt = sentAt;
        this.careKind = careKind;
        this.status = status;
        this.stage = stage;
    }

    /** The claim's number: its request's id. */
    public long getNumber() {
        return claim.getRequestId();
    }

    public Claim getClaim() {
        return claim;
    }

    /** When the request was recorded. */
    public OffsetDateTime getSentAt() {
        return sentAt;
    }

    /** The kind of care's label. */
    public String getCareKind() {
        return careKind;
    }

    /** The request's status, in French. */
    public String getStatus() {
        return status;
    }

    /** The stage's label, or {@code null}. */
    public String getStage() {
        return stage;
    }
}
