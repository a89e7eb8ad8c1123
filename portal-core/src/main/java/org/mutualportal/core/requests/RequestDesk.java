package org.mutualportal.core.requests;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.util.List;
import org.mutualportal.core.audit.AuditLog;
import org.mutualportal.core.time.PortalClock;
import org.mutualportal.core.web.NotFoundException;

/**
 * The staff's side of the request store: every member's requests, to take, answer and close. Each read of a
 * request and each change is audited with the staff member who did it. Answering or closing fires
 * {@link RequestStatusChanged}, on which the member is told (by whichever module shows Suivi).
 */
@ApplicationScoped
public class RequestDesk {

    @PersistenceContext(unitName = "core")
    EntityManager em;

    @Inject
    PortalClock clock;

    @Inject
    AuditLog audit;

    @Inject
    Event<RequestStatusChanged> changes;

    /** A page of requests of every member, oldest first (the inbox serves the longest waiting first). */
    public List<MemberRequest> search(RequestFilter filter, int first, int max) {
        return bind(em.createQuery("select r from MemberRequest r " + where(filter) + " order by r.createdAt asc, r.id asc",
                MemberRequest.class), filter).setFirstResult(first).setMaxResults(max).getResultList();
    }

    public long count(RequestFilter filter) {
        return bind(em.createQuery("select count(r) from MemberRequest r " + where(filter), Long.class), filter)
                .getSingleResult();
    }

    /** Opens a request (an audited read of member data). */
    @Transactional
    public MemberRequest open(long id, String staff, String remoteAddress) {
        MemberRequest request = find(id);
        audit.record(staff, "REQUEST_READ", "request:" + id, "member:" + request.getMemberId(), remoteAddress);
        return request;
    }

    public MemberRequest find(long id) {
        MemberRequest request = em.find(MemberRequest.class, id);
        if (request == null) {
            throw new NotFoundException();
        }
        return request;
    }

    public List<RequestAttachment> attachments(long requestId) {
        return em.createQuery("select a from RequestAttachment a where a.requestId = :request order by a.id",
                RequestAttachment.class).setParameter("request", requestId).getResultList();
    }

    /** An attachment, content included, for staff (audited). */
    @Transactional
    public RequestAttachment attachment(long attachmentId, String staff, String remoteAddress) {
        RequestAttachment attachment = em.find(RequestAttachment.class, attachmentId);
        if (attachment == null) {
            throw new NotFoundException();
        }
        audit.record(staff, "ATTACHMENT_READ", "request:" + attachment.getRequestId(), "attachment:" + attachmentId,
                remoteAddress);
        return attachment;
    }

    @Transactional
    public MemberRequest take(long id, String staff, String remoteAddress) {
        MemberRequest request = find(id);
        request.take(staff, clock.now());
        audit.record(staff, "REQUEST_TAKEN", "request:" + id, null, remoteAddress);
        return request;
    }

    /** Answers and closes the request; the member is told that an answer is waiting in Suivi. */
    @Transactional
    public MemberRequest answer(long id, String text, String staff, String remoteAddress) {
        MemberRequest request = find(id);
        request.answer(text, staff, clock.now());
        audit.record(staff, "REQUEST_ANSWERED", "request:" + id, null, remoteAddress);
        changes.fire(new RequestStatusChanged(id, RequestStatus.DONE));
        return request;
    }

    /** Closes without an answer (the change was applied in the management system, a duplicate…). */
    @Transactional
    public MemberRequest close(long id, RequestStatus status, String staff, String remoteAddress) {
        if (status != RequestStatus.DONE && status != RequestStatus.CANCELLED) {
            throw new IllegalArgumentException("A request is closed as done or cancelled");
        }
        MemberRequest request = find(id);
        request.changeStatus(status, clock.now());
        audit.record(staff, "REQUEST_CLOSED", "request:" + id, status.name(), remoteAddress);
        changes.fire(new RequestStatusChanged(id, status));
        return request;
    }

    private static String where(RequestFilter filter) {
        StringBuilder where = new StringBuilder("where 1 = 1");
        if (filter.typeCode() != null) {
            where.append(" and r.typeCode = :type");
        }
        if (filter.status() != null) {
            where.append(" and r.status = :status");
        }
        if (filter.olderThanDays() != null) {
            where.append(" and r.createdAt <= :before");
        }
        return where.toString();
    }

    private <T> TypedQuery<T> bind(TypedQuery<T> query, RequestFilter filter) {
        if (filter.typeCode() != null) {
            query.setParameter("type", filter.typeCode());
        }
        if (filter.status() != null) {
            query.setParameter("status", filter.status());
        }
        if (filter.olderThanDays() != null) {
            query.setParameter("before", clock.now().minusDays(filter.olderThanDays()));
        }
        return query;
    }

    /** Fired in the transaction that changes a request's status from the staff side. */
    public record RequestStatusChanged(long requestId, RequestStatus status) {
    }
}
