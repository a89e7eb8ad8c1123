package org.mutualportal.contract.contribution;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.mutualportal.core.member.MemberContext;
import org.mutualportal.core.time.PortalClock;
import org.mutualportal.core.web.NotFoundException;

/** The contributions of the selected membership: the next one due, one with its detail, the history by page. */
@ApplicationScoped
public class Contributions {

    @PersistenceContext(unitName = "contract")
    EntityManager em;

    @Inject
    MemberContext memberContext;

    @Inject
    PortalClock clock;

    /** A contribution and its breakdown per beneficiary and guarantee. */
    public record Detail(Contribution contribution, List<ContributionLine> lines) {

        public Contribution getContribution() {
            return contribution;
        }

        public List<ContributionLine> getLines() {
            return lines;
        }
    }

    /** "Prochaine échéance": the first call still to be paid from today on. */
    public Optional<Contribution> next() {
        return em.createQuery("""
                select c from Contribution c where c.membershipId = :membership
                and c.status = org.mutualportal.contract.contribution.ContributionStatus.DUE and c.dueDate >= :today
                order by c.dueDate, c.id""", Contribution.class)
                .setParameter("membership", memberContext.membershipId())
                .setParameter("today", clock.today())
                .setMaxResults(1)
                .getResultStream().findFirst();
    }

    /**
     * One of the selected membership's contributions with its lines.
     *
     * @throws NotFoundException when the id is not one of them
     */
    public Detail detail(long id) {
        Contribution contribution = em.find(Contribution.class, id);
        if (contribution == null || !contribution.getMembershipId().equals(memberContext.membershipId())) {
            throw new NotFoundException();
        }
        return new Detail(contribution, em.createQuery(
                "select l from ContributionLine l where l.contributionId = :id order by l.lineNumber", ContributionLine.class)
                .setParameter("id", id).getResultList());
    }

    /** A page of the history, newest first. */
    public List<Contribution> history(int first, int max) {
        return em.createQuery("""
                select c from Contribution c where c.membershipId = :membership
                order by c.dueDate desc, c.id desc""", Contribution.class)
                .setParameter("membership", memberContext.membershipId())
                .setFirstResult(first)
                .setMaxResults(max)
                .getResultList();
    }

    public long count() {
        return em.createQuery("select count(c) from Contribution c where c.membershipId = :membership", Long.class)
                .setParameter("membership", memberContext.membershipId())
                .getSingleResult();
    }
}
