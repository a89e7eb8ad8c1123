package org.mutualportal.contract.contribution;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.mutualportal.api.member.MemberContext;
import org.mutualportal.api.time.PortalClock;
import org.mutualportal.api.web.NotFoundException;

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

    /** A year in which the membership paid contributions, with their count and total. */
    public record PaidYear(int year, long count, java.math.BigDecimal total) {

        public int getYear() {
            return year;
        }

        public long getCount() {
            return count;
        }

        public java.math.BigDecimal getTotal() {
            return total;
        }
    }

    /** The years with paid contributions, newest first ("Relevé annuel de cotisations"). */
    public List<PaidYear> paidYears() {
        List<?> rows = em.createNativeQuery("""
                select extract(year from paid_on)::int, count(*), sum(amount) from contract_contribution
                where membership_id = ? and status = 'PAID' and paid_on is not null
                group by 1 order by 1 desc""")
                .setParameter(1, memberContext.membershipId())
                .getResultList();
        return rows.stream().map(r -> (Object[]) r)
                .map(r -> new PaidYear(((Number) r[0]).intValue(), ((Number) r[1]).longValue(),
                        new java.math.BigDecimal(r[2].toString())))
                .toList();
    }

    /** The contributions paid during a calendar year, in the order they were paid. */
    public List<Contribution> paidIn(int year) {
        return em.createQuery("""
                select c from Contribution c where c.membershipId = :membership
                and c.status = org.mutualportal.contract.contribution.ContributionStatus.PAID
                and c.paidOn >= :from and c.paidOn < :to order by c.paidOn, c.id""", Contribution.class)
                .setParameter("membership", memberContext.membershipId())
                .setParameter("from", java.time.LocalDate.of(year, 1, 1))
                .setParameter("to", java.time.LocalDate.of(year + 1, 1, 1))
                .getResultList();
    }
}
