package org.mutualportal.reimbursements.payment;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.mutualportal.api.member.MemberContext;
import org.mutualportal.api.time.PortalClock;
import org.mutualportal.api.web.NotFoundException;

/**
 * The current membership's payments. Every query is scoped by {@code MemberContext.membershipId()}; searches
 * are paged in SQL and read lines for a whole page in one query.
 */
@ApplicationScoped
public class Payments {

    private static final String SUMMARY = "select new org.mutualportal.reimbursements.payment.PaymentSummary("
            + "p.id, p.paymentDate, p.mode, p.amount, p.payee, p.payeeName) from Payment p ";

    @PersistenceContext(unitName = "reimbursements")
    EntityManager em;

    @Inject
    MemberContext memberContext;

    @Inject
    PortalClock clock;

    /** The last payments to the member ("Derniers remboursements" of the dashboard). */
    public List<PaymentSummary> latest(int count) {
        return em.createQuery(SUMMARY + "where p.membershipId = :membership and p.payee = :payee "
                + "order by p.paymentDate desc, p.id desc", PaymentSummary.class)
                .setParameter("membership", memberContext.membershipId())
                .setParameter("payee", Payee.MEMBER)
                .setMaxResults(count)
                .getResultList();
    }

    /** One page of a search. */
    public List<PaymentSummary> search(PaymentCriteria criteria, int first, int max) {
        TypedQuery<PaymentSummary> query = em.createQuery(SUMMARY + where(criteria) + " order by p.paymentDate "
                + (criteria.newestFirst() ? "desc, p.id desc" : "asc, p.id asc"), PaymentSummary.class);
        return bind(query, criteria).setFirstResult(first).setMaxResults(max).getResultList();
    }

    public long count(PaymentCriteria criteria) {
        return bind(em.createQuery("select count(p) from Payment p " + where(criteria), Long.class), criteria)
                .getSingleResult();
    }

    /**
     * The lines of these payments that match the advanced criteria, by payment — one query for a page of
     * results. Payments outside the membership yield nothing.
     */
    public Map<Long, List<PaymentLine>> lines(Collection<Long> paymentIds, PaymentCriteria criteria) {
        if (paymentIds.isEmpty()) {
            return Map.of();
        }
        StringBuilder jpql = new StringBuilder("select l from PaymentLine l, Payment p where l.paymentId = p.id "
                + "and p.membershipId = :membership and p.id in :ids");
        appendLineConditions(jpql, criteria, "l");
        TypedQuery<PaymentLine> query = em.createQuery(jpql + " order by l.paymentId, l.lineNumber", PaymentLine.class)
                .setParameter("membership", memberContext.membershipId())
                .setParameter("ids", paymentIds);
        bindLineConditions(query, criteria);
        return query.getResultList().stream().collect(Collectors.groupingBy(PaymentLine::getPaymentId,
                LinkedHashMap::new, Collectors.toList()));
    }

    /**
     * A payment of the current membership with all its lines.
     *
     * @throws NotFoundException for another membership's payment, or none
     */
    public PaymentDetail find(long id) {
        Payment payment = em.find(Payment.class, id);
        if (payment == null || !payment.getMembershipId().equals(memberContext.membershipId())) {
            throw new NotFoundException();
        }
        List<PaymentLine> lines = em.createQuery(
                "select l from PaymentLine l where l.paymentId = :id order by l.lineNumber", PaymentLine.class)
                .setParameter("id", id).getResultList();
        return new PaymentDetail(payment, lines);
    }

    /**
     * The payment of the current membership that settles a bill the member sent online (the latest, should the
     * management system have paid it in two goes).
     *
     * @param claimId the claim's request id
     * @return the payment's id
     * @throws NotFoundException when no payment of the membership settles that claim
     */
    public long paymentOfClaim(long claimId) {
        return em.createQuery("""
                select p.id from Payment p where p.claimRequestId = :claim and p.membershipId = :membership
                order by p.paymentDate desc, p.id desc""", Long.class)
                .setParameter("claim", claimId)
                .setParameter("membership", memberContext.membershipId())
                .setMaxResults(1)
                .getResultStream().findFirst().orElseThrow(NotFoundException::new);
    }

    /** Every payment of a search with its lines, for one PDF or CSV of the period (bounded by the 24-month period). */
    public List<PaymentDetail> all(PaymentCriteria criteria) {
        List<Payment> payments = bind(em.createQuery("select p from Payment p " + where(criteria)
                + " order by p.paymentDate " + (criteria.newestFirst() ? "desc, p.id desc" : "asc, p.id asc"), Payment.class),
                criteria).getResultList();
        Map<Long, List<PaymentLine>> lines = lines(payments.stream().map(Payment::getId).toList(),
                new PaymentCriteria(criteria.periodMonths(), criteria.payee(), null, null, null, true));
        return payments.stream().map(p -> new PaymentDetail(p, lines.getOrDefault(p.getId(), List.of()))).toList();
    }

    private static String where(PaymentCriteria criteria) {
        StringBuilder where = new StringBuilder("where p.membershipId = :membership and p.payee = :payee "
                + "and p.paymentDate >= :since");
        if (criteria.isAdvanced()) {
            where.append(" and exists (select l from PaymentLine l where l.paymentId = p.id");
            appendLineConditions(where, criteria, "l");
            where.append(")");
        }
        return where.toString();
    }

    private static void appendLineConditions(StringBuilder jpql, PaymentCriteria criteria, String alias) {
        if (criteria.beneficiaryId() != null) {
            jpql.append(" and ").append(alias).append(".beneficiaryId = :beneficiary");
        }
        if (criteria.careFrom() != null) {
            jpql.append(" and ").append(alias).append(".careStart >= :careFrom");
        }
        if (criteria.careTo() != null) {
            jpql.append(" and ").append(alias).append(".careEnd <= :careTo");
        }
    }

    private <T> TypedQuery<T> bind(TypedQuery<T> query, PaymentCriteria criteria) {
        query.setParameter("membership", memberContext.membershipId())
                .setParameter("payee", criteria.payee())
                .setParameter("since", criteria.since(clock.today()));
        bindLineConditions(query, criteria);
        return query;
    }

    private static void bindLineConditions(TypedQuery<?> query, PaymentCriteria criteria) {
        if (criteria.beneficiaryId() != null) {
            query.setParameter("beneficiary", criteria.beneficiaryId());
        }
        if (criteria.careFrom() != null) {
            query.setParameter("careFrom", criteria.careFrom());
        }
        if (criteria.careTo() != null) {
            query.setParameter("careTo", criteria.careTo());
        }
    }
}
