package org.mutualportal.core.requests;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.time.OffsetDateTime;
import java.util.List;
import org.mutualportal.api.requests.RequestFilter;

/**
 * A {@link RequestFilter} as JPQL over the requests: the member's history (one member's) and the staff inbox (every
 * member's) page and count with the same conditions.
 */
final class RequestQuery {

    private final RequestFilter filter;
    private final Long memberId;
    private final OffsetDateTime now;

    /** The requests of one member, or of every member when {@code memberId} is {@code null}; ages count from now. */
    RequestQuery(RequestFilter filter, Long memberId, OffsetDateTime now) {
        this.filter = filter;
        this.memberId = memberId;
        this.now = now;
    }

    /** A page of the requests found, in the order given ({@code r.createdAt desc, r.id desc}). */
    List<MemberRequestEntity> page(EntityManager em, String order, int first, int max) {
        return bind(em.createQuery("select r from MemberRequestEntity r " + where() + " order by " + order,
                MemberRequestEntity.class)).setFirstResult(first).setMaxResults(max).getResultList();
    }

    long count(EntityManager em) {
        return bind(em.createQuery("select count(r) from MemberRequestEntity r " + where(), Long.class))
                .getSingleResult();
    }

    /** The attachments of a request, in the order they were joined. */
    static List<RequestAttachmentEntity> attachments(EntityManager em, long requestId) {
        return em.createQuery("select a from RequestAttachmentEntity a where a.requestId = :request order by a.id",
                RequestAttachmentEntity.class).setParameter("request", requestId).getResultList();
    }

    private String where() {
        StringBuilder where = new StringBuilder("where 1 = 1");
        if (memberId != null) {
            where.append(" and r.memberId = :member");
        }
        if (filter.typeCode() != null) {
            where.append(" and r.typeCode = :type");
        }
        if (filter.status() != null) {
            where.append(" and r.status = :status");
        }
        if (filter.olderThanDays() != null) {
            where.append(" and r.createdAt <= :before");
        }
        if (filter.sinceMonths() != null) {
            where.append(" and r.createdAt >= :since");
        }
        return where.toString();
    }

    private <T> TypedQuery<T> bind(TypedQuery<T> query) {
        if (memberId != null) {
            query.setParameter("member", memberId);
        }
        if (filter.typeCode() != null) {
            query.setParameter("type", filter.typeCode());
        }
        if (filter.status() != null) {
            query.setParameter("status", filter.status());
        }
        if (filter.olderThanDays() != null) {
            query.setParameter("before", now.minusDays(filter.olderThanDays()));
        }
        if (filter.sinceMonths() != null) {
            query.setParameter("since", now.minusMonths(filter.sinceMonths()));
        }
        return query;
    }
}
