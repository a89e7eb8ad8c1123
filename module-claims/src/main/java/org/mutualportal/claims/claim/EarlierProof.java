package org.mutualportal.claims.claim;

import java.time.OffsetDateTime;

/**
 * A proof already sent with an earlier claim for the same beneficiary: the member is told which claim before sending
 * the same bill again.
 *
 * @param sha256 the content's digest
 * @param number the earlier claim's number (its request's)
 * @param sentAt when the earlier claim was sent
 */
public record EarlierProof(String sha256, Long number, OffsetDateTime sentAt) {
}
