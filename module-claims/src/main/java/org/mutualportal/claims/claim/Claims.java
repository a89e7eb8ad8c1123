package org.mutualportal.claims.claim;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.mutualportal.api.member.MemberContext;
import org.mutualportal.api.web.NotFoundException;

/**
 * The signed-in member's claims. Every read is scoped by {@code MemberContext.memberId()}: another member's claim
 * is not found, like one that does not exist.
 */
@ApplicationScoped
public class Claims {

    @PersistenceContext(unitName = "claims")
    EntityManager em;

    @Inject
    MemberContext memberContext;

    /**
     * One of the member's claims.
     *
     * @throws NotFoundException when it is not the member's, or there is none
     */
    public Claim own(long requestId) {
        Claim claim = em.find(Claim.class, requestId);
        if (claim == null || !claim.getMemberId().equals(memberContext.memberId())) {
            throw new NotFoundException();
        }
        return claim;
    }

    /** The files of a claim, in the order they were joined. */
    public List<ClaimFile> files(long requestId) {
        return em.createQuery("select f from ClaimFile f where f.requestId = :request order by f.attachmentId", ClaimFile.class)
                .setParameter("request", requestId)
                .getResultList();
    }

    /** The member's claims among these requests (a page of the list), in one query. */
    public Map<Long, Claim> of(Collection<Long> requestIds) {
        if (requestIds.isEmpty()) {
            return Map.of();
        }
        return em.createQuery("select c from Claim c where c.memberId = :member and c.requestId in :ids", Claim.class)
                .setParameter("member", memberContext.memberId())
                .setParameter("ids", requestIds)
                .getResultStream().collect(Collectors.toMap(Claim::getRequestId, Function.identity()));
    }

    /** The member's claims the mutual waits a proof for, oldest first (a handful at most: the dashboard reads it). */
    public List<Long> awaitingProof() {
        return em.createQuery("""
                select c.requestId from Claim c where c.memberId = :member and c.stage = :incomplete
                order by c.createdAt, c.requestId""", Long.class)
                .setParameter("member", memberContext.memberId())
                .setParameter("incomplete", ClaimStage.INCOMPLETE.name())
                .getResultList();
    }

    /**
     * The member's earlier claims for this beneficiary holding a proof with one of these contents, oldest first.
     * Statements are left out: one décompte of the Sécurité sociale may cover several bills.
     */
    public List<EarlierProof> duplicates(long beneficiaryId, Collection<String> sha256s) {
        if (sha256s.isEmpty()) {
            return List.of();
        }
        return em.createQuery("""
                select new org.mutualportal.claims.claim.EarlierProof(f.sha256, c.requestId, c.createdAt)
                from ClaimFile f, Claim c
                where c.requestId = f.requestId and c.memberId = :member and f.beneficiaryId = :beneficiary
                  and f.sha256 in :sha256s and f.role <> :statement
                order by c.createdAt, c.requestId""", EarlierProof.class)
                .setParameter("member", memberContext.memberId())
                .setParameter("beneficiary", beneficiaryId)
                .setParameter("sha256s", sha256s)
                .setParameter("statement", FileRole.STATEMENT)
                .getResultList();
    }
}
