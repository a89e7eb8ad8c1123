package org.mutualportal.core.requests;

import org.mutualportal.api.requests.RequestDesk;
import org.mutualportal.api.security.Actor;
import org.mutualportal.core.audit.CoreAudit;
import org.mutualportal.spi.RequestStatusChanged;
import org.mutualportal.api.requests.RequestStatus;
import org.mutualportal.api.requests.RequestFilter;
import org.mutualportal.api.requests.RequestDraft;
import org.mutualportal.api.requests.UploadedFiles;
import org.mutualportal.api.error.BusinessException;
import org.mutualportal.api.text.Texts;
import org.mutualportal.api.time.FrenchBusinessDays;
import org.mutualportal.core.exchange.RequestFeed;
import org.mutualportal.core.member.MemberEntity;
import org.mutualportal.core.member.MembershipEntity;
import org.mutualportal.core.registry.ModuleCatalog.OwnedRequestType;
import org.mutualportal.core.registry.ModuleRegistry;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.util.List;
import org.mutualportal.core.audit.AuditTrail;
import org.mutualportal.api.time.PortalClock;
import org.mutualportal.api.web.NotFoundException;

/**
 * The core's {@link RequestDesk}: the staff's side of the request store: every member's requests, to take, answer and close. Each read of a
 * request and each change is audited with the staff member who did it ({@link Actor}), or with the management
 * system's client when the request feed changes it. Answering or closing fires {@link RequestStatusChanged}, on
 * which the member is told (by whichever module shows Suivi).
 */
@ApplicationScoped
public class StaffDesk implements RequestDesk {

    @PersistenceContext(unitName = "core")
    EntityManager em;

    @Inject
    PortalClock clock;

    @Inject
    AuditTrail audit;

    @Inject
    Event<RequestStatusChanged> changes;

    @Inject
    Actor actor;

    @Inject
    ModuleRegistry registry;

    @Inject
    UploadChecks uploads;

    /** The feed applies a stage the way the management system reports it; the desk only lends it its checks. */
    @Inject
    RequestFeed feed;

    /** A page of requests of every member, oldest first (the inbox serves the longest waiting first). */
    @Override
    public List<MemberRequestEntity> search(RequestFilter filter, int first, int max) {
        return bind(em.createQuery("select r from MemberRequestEntity r " + where(filter) + " order by r.createdAt asc, r.id asc",
                MemberRequestEntity.class), filter).setFirstResult(first).setMaxResults(max).getResultList();
    }

    @Override
    public long count(RequestFilter filter) {
        return bind(em.createQuery("select count(r) from MemberRequestEntity r " + where(filter), Long.class), filter)
                .getSingleResult();
    }

    /** Opens a request (an audited read of member data). */
    @Transactional
    @Override
    public MemberRequestEntity open(long id) {
        MemberRequestEntity request = find(id);
        audit.record(CoreAudit.REQUEST_READ, "request:" + id, "member:" + request.getMemberId());
        return request;
    }

    @Override
    public MemberRequestEntity find(long id) {
        MemberRequestEntity request = em.find(MemberRequestEntity.class, id);
        if (request == null) {
            throw new NotFoundException();
        }
        return request;
    }

    @Override
    public List<RequestAttachmentEntity> attachments(long requestId) {
        return em.createQuery("select a from RequestAttachmentEntity a where a.requestId = :request order by a.id",
                RequestAttachmentEntity.class).setParameter("request", requestId).getResultList();
    }

    /** An attachment, content included, for staff (audited). */
    @Transactional
    @Override
    public RequestAttachmentEntity attachment(long attachmentId) {
        RequestAttachmentEntity attachment = em.find(RequestAttachmentEntity.class, attachmentId);
        if (attachment == null) {
            throw new NotFoundException();
        }
        audit.record(CoreAudit.ATTACHMENT_READ, "request:" + attachment.getRequestId(), "attachment:" + attachmentId);
        return attachment;
    }

    @Transactional
    @Override
    public MemberRequestEntity take(long id) {
        MemberRequestEntity request = find(id);
        request.take(actor.name(), clock.now());
        audit.record(CoreAudit.REQUEST_TAKEN, "request:" + id, null);
        return request;
    }

    /** Answers and closes the request; the member is told that an answer is waiting in Suivi. */
    @Transactional
    @Override
    public MemberRequestEntity answer(long id, String text) {
        MemberRequestEntity request = find(id);
        request.answer(text, actor.name(), clock.now());
        audit.record(CoreAudit.REQUEST_ANSWERED, "request:" + id, null);
        changes.fire(new RequestStatusChanged(id, RequestStatus.DONE, request.getStage()));
        return request;
    }

    /** Closes without an answer (the change was applied in the management system, a duplicate…). */
    @Transactional
    @Override
    public MemberRequestEntity close(long id, RequestStatus status) {
        if (status != RequestStatus.DONE && status != RequestStatus.CANCELLED) {
            throw new IllegalArgumentException("A request is closed as done or cancelled");
        }
        MemberRequestEntity request = find(id);
        request.changeStatus(status, clock.now());
        audit.record(CoreAudit.REQUEST_CLOSED, "request:" + id, status.name());
        changes.fire(new RequestStatusChanged(id, status, request.getStage()));
        return request;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    @Override
    public MemberRequestEntity record(long memberId, Long membershipId, RequestDraft draft) {
        if (em.find(MemberEntity.class, memberId) == null) {
            throw new NotFoundException();
        }
        if (membershipId != null) {
            MembershipEntity membership = em.find(MembershipEntity.class, membershipId);
            if (membership == null || !membership.getMemberId().equals(memberId)) {
                throw new NotFoundException();
            }
        }
        OwnedRequestType type = registry.requestType(draft.typeCode())
                .orElseThrow(() -> new IllegalArgumentException("Unknown request type " + draft.typeCode()));
        MemberRequestEntity request = new MemberRequestEntity(memberId, membershipId, draft.typeCode(), type.module().id(),
                draft.summary(), draft.details(), draft.payload(), type.type().forManagementSystem(), clock.now(),
                FrenchBusinessDays.add(clock.today(), type.type().processingDays()));
        em.persist(request);
        em.flush(); // the id is wanted at once, as for a member's own request
        audit.record(CoreAudit.REQUEST_RECORDED, "request:" + request.getId(), "member:" + memberId);
        return request;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    @Override
    public RequestAttachmentEntity attach(long requestId, String fileName, byte[] content) {
        find(requestId);
        var problem = uploads.check(content);
        if (problem.isPresent()) {
            throw new BusinessException(Texts.SHARED_BUNDLE, "upload.refused",
                    Texts.shared("upload." + problem.get(), fileName, uploads.maxBytes() / (1024 * 1024)));
        }
        String type = UploadedFiles.sniff(content).orElseThrow();
        RequestAttachmentEntity attachment = new RequestAttachmentEntity(requestId, UploadedFiles.safeName(fileName, type),
                type, content, clock.now());
        em.persist(attachment);
        em.flush(); // an attachment's id is never null (RequestAttachment): the caller may keep it
        return attachment;
    }

    @Transactional
    @Override
    public MemberRequestEntity stage(long id, String stageCode, String reason) {
        try {
            feed.changeStatus(id, null, stageCode, reason, null);
        } catch (RequestFeed.UnknownStage unknown) {
            throw new IllegalArgumentException("Request " + id + " has no stage " + stageCode, unknown);
        }
        return find(id);
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
}
