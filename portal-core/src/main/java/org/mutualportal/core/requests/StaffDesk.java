package org.mutualportal.core.requests;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Objects;
import org.mutualportal.api.requests.RequestDesk;
import org.mutualportal.api.requests.RequestDraft;
import org.mutualportal.api.requests.RequestFilter;
import org.mutualportal.api.requests.RequestStatus;
import org.mutualportal.api.security.Actor;
import org.mutualportal.api.time.PortalClock;
import org.mutualportal.api.web.NotFoundException;
import org.mutualportal.core.audit.AuditTrail;
import org.mutualportal.core.audit.CoreAudit;
import org.mutualportal.core.member.MemberEntity;
import org.mutualportal.core.member.MembershipEntity;
import org.mutualportal.core.registry.ModuleRegistry;
import org.mutualportal.spi.RequestStage;
import org.mutualportal.spi.RequestStatusChanged;

/**
 * The core's {@link RequestDesk}: the staff's side of the request store, every member's requests to take, answer
 * and close, and the one place a request changes status or stage — whether staff change it or the management
 * system reports it through the request feed ({@link #report}). Each read of a request and each change is audited
 * with whoever did it ({@link Actor}: the staff member, or the management system's client). A change the member
 * should hear of fires {@link RequestStatusChanged}, on which the member is told (by whichever module shows Suivi).
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
    RequestStore store;

    /** A page of requests of every member, oldest first (the inbox serves the longest waiting first). */
    @Override
    public List<MemberRequestEntity> search(RequestFilter filter, int first, int max) {
        return query(filter).page(em, "r.createdAt asc, r.id asc", first, max);
    }

    @Override
    public long count(RequestFilter filter) {
        return query(filter).count(em);
    }

    private RequestQuery query(RequestFilter filter) {
        return new RequestQuery(filter, null, clock.now());
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

    /**
     * A request the management system may see: one for it (a message to staff is not its business).
     *
     * @throws NotFoundException when there is no such request, or it is not for the management system
     */
    public MemberRequestEntity forManagement(long id) {
        MemberRequestEntity request = find(id);
        if (!request.isForManagement()) {
            throw new NotFoundException();
        }
        return request;
    }

    @Override
    public List<RequestAttachmentEntity> attachments(long requestId) {
        return RequestQuery.attachments(em, requestId);
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
        tell(request);
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
        tell(request);
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
        MemberRequestEntity request = store.create(memberId, membershipId, draft);
        audit.record(CoreAudit.REQUEST_RECORDED, "request:" + request.getId(), "member:" + memberId);
        return request;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    @Override
    public RequestAttachmentEntity attach(long requestId, String fileName, byte[] content) {
        find(requestId);
        return store.store(requestId, fileName, content);
    }

    @Transactional
    @Override
    public MemberRequestEntity stage(long id, String stageCode, String reason) {
        try {
            report(id, null, stageCode, reason, null);
        } catch (UnknownStage unknown) {
            throw new IllegalArgumentException("Request " + id + " has no stage " + stageCode, unknown);
        }
        return find(id);
    }

    /**
     * Applies what the management system reports of a request the way staff would change it — the same audit
     * lines, the same event — and counts as its delivery ({@link #markDelivered}). A stage (one its type declares)
     * may come with the status, or alone: it then gives the status. Replaying what the request already shows
     * changes nothing and tells nobody.
     *
     * @param asked the status reported, or {@code null} with a stage
     * @param stageCode a stage of the request's type, or {@code null}
     * @param reason why the stage, for the member; {@code null} without a stage
     * @param answer the answer the member reads, with {@link RequestStatus#DONE} only; may be {@code null}
     * @return whether the request changed
     * @throws NotFoundException when there is no such request, or it is not for the management system
     * @throws UnknownStage when the stage is not one of the type's, or contradicts the status
     * @throws IllegalStateException when the request is already closed with another status
     * @throws IllegalArgumentException when the status would go back to {@link RequestStatus#SENT}
     */
    @Transactional
    public boolean report(long id, RequestStatus asked, String stageCode, String reason, String answer) {
        MemberRequestEntity request = forManagement(id);
        markDelivered(id);
        RequestStatus status = asked;
        if (stageCode != null) {
            RequestStage stage = registry.requestType(request.getTypeCode()).flatMap(t -> t.type().stage(stageCode))
                    .orElseThrow(() -> new UnknownStage(stageCode));
            if (status != null && status != stage.status()) {
                throw new UnknownStage(stageCode);
            }
            status = stage.status();
        }
        RequestStatus current = request.getStatus();
        boolean stageChanges = stageCode != null
                && !(stageCode.equals(request.getStage()) && Objects.equals(reason, request.getStageReason()));
        if (current == status && !stageChanges) {
            return false;
        }
        if (!current.isOpen()) {
            throw new IllegalStateException("Request " + id + " is already " + current);
        }
        if (stageChanges) {
            request.changeStage(stageCode, reason, clock.now());
            audit.record(CoreAudit.REQUEST_STAGE, "request:" + id, stageCode);
        }
        switch (status) {
            case DONE -> {
                if (answer == null) {
                    close(id, RequestStatus.DONE);
                } else {
                    answer(id, answer);
                }
            }
            case CANCELLED -> close(id, RequestStatus.CANCELLED);
            default -> {
                if (status != current) {
                    if (status != RequestStatus.IN_PROGRESS) {
                        throw new IllegalArgumentException("A request cannot go back to " + status);
                    }
                    take(id);
                }
                if (stageChanges) {
                    // Taking alone tells the member nothing (as when staff take it); a stage does.
                    tell(request);
                }
            }
        }
        return true;
    }

    /**
     * The management system has the request: it leaves the feed until the member hands it back
     * ({@link RequestStore#resubmit}). Idempotent: the first delivery's time is kept.
     *
     * @return whether this call marked it
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean markDelivered(long id) {
        return em.createNativeQuery(
                "update member_request set acknowledged_at = ?1 where id = ?2 and acknowledged_at is null")
                .setParameter(1, clock.now())
                .setParameter(2, id)
                .executeUpdate() > 0;
    }

    private void tell(MemberRequestEntity request) {
        changes.fire(new RequestStatusChanged(request.getId(), request.getStatus(), request.getStage()));
    }
}
