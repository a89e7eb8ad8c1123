package org.mutualportal.claims.claim;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.OffsetDateTime;
import org.mutualportal.api.requests.RequestAttachment;

/** Describes a file just joined to a claim's request: its role and the digest its duplicates are found by. */
@ApplicationScoped
public class ClaimFiling {

    @PersistenceContext(unitName = "claims")
    EntityManager em;

    /** In the caller's transaction, after the claim itself is written. */
    public ClaimFile describe(RequestAttachment attachment, Claim claim, FileRole role, byte[] content, OffsetDateTime now) {
        ClaimFile file = new ClaimFile(attachment.getId(), claim.getRequestId(), role, claim.getBeneficiaryId(),
                FileDigests.sha256(content), now);
        em.persist(file);
        return file;
    }
}
