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

    /**
     * In the caller's transaction, after the claim itself is written.
     *
     * @param sha256 the file's {@link FileDigests#sha256}, which the caller computed for the request's payload too
     */
    public ClaimFile describe(RequestAttachment attachment, Claim claim, FileRole role, String sha256, OffsetDateTime now) {
        ClaimFile file = new ClaimFile(attachment.getId(), claim.getRequestId(), role, claim.getBeneficiaryId(), sha256, now);
        em.persist(file);
        return file;
    }
}
