package org.mutualportal.claims.claim;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.mutualportal.api.time.PortalClock;

/**
 * A proof already sent with an earlier claim for the same beneficiary: the member is told which claim before sending
 * the same bill again.
 *
 * @param sha256 the content's digest
 * @param number the earlier claim's number (its request's)
 * @param sentAt when the earlier claim was sent
 */
public record EarlierProof(String sha256, Long number, OffsetDateTime sentAt) {

    /** The day the earlier claim was sent, in France: the day its message names. */
    public LocalDate sentOn() {
        return sentAt.atZoneSameInstant(PortalClock.PARIS).toLocalDate();
    }
}
