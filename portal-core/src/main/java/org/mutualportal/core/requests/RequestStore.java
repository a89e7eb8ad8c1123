package org.mutualportal.core.requests;

import java.util.List;
import org.mutualportal.api.error.BusinessException;
import org.mutualportal.api.requests.MemberRequest;
import org.mutualportal.api.requests.MemberRequests;
import org.mutualportal.api.requests.UploadedFiles;
import org.mutualportal.spi.RequestStage;
import org.mutualportal.core.web.CoreTexts;
import org.mutualportal.api.requests.RequestDraft;
import org.mutualportal.api.requests.RequestStatus;
import org.mutualportal.api.requests.RequestFilter;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.Optional;
import org.mutualportal.core.member.MemberScope;
import org.mutualportal.core.registry.ModuleCatalog.OwnedRequestType;
import org.mutualportal.core.registry.ModuleRegistry;
import org.mutualportal.api.time.FrenchBusinessDays;
import org.mutualportal.api.time.PortalClock;
import org.mutualportal.api.web.NotFoundException;

/**
 * The core's {@link MemberRequests}: where every module records what a member asks (the entries of Suivi). A request is always the current
 * member's, for the membership selected in the header; its type must be one a module declared
 * ({@code PortalModule.requestTypes()}), which gives its label and announced processing time.
 *
 * <h2>Usage</h2>
 * <pre>
 * requests.submit(new RequestDraft("account.address", summary, details, payloadJson));
 * </pre>
 */
@ApplicationScoped
public class RequestStore implements MemberRequests {

    @PersistenceContext(unitName = "core")
    EntityManager em;

    @Inject
    MemberScope memberContext;

    @Inject
    ModuleRegistry registry;

    @Inject
    PortalClock clock;

    @Inject
    UploadChecks uploads;

    /** Records a request of the current member, in the caller's transaction. */
    @Transactional(Transactional.TxType.MANDATORY)
    @Override
    public MemberRequestEntity submit(RequestDraft draft) {
        return create(memberContext.memberId(), memberContext.membershipId(), draft);
    }

    /**
     * Writes a new request, whoever records it (the member, or the staff desk on the member's behalf). The id is
     * wanted at once: links, pending changes pointing at it.
     */
    MemberRequestEntity create(long memberId, Long membershipId, RequestDraft draft) {
        OwnedRequestType type = registry.requestType(draft.typeCode())
                .orElseThrow(() -> new IllegalArgumentException("Unknown request type " + draft.typeCode()));
        MemberRequestEntity request = new MemberRequestEntity(memberId, membershipId, draft.typeCode(), type.module().id(),
                draft.summary(), draft.details(), draft.payload(), type.type().forManagementSystem(), clock.now(),
                FrenchBusinessDays.add(clock.today(), type.type().processingDays()));
        em.persist(request);
        em.flush();
        return request;
    }

    /** One of the current member's requests. */
    @Override
    public MemberRequestEntity find(long id) {
        MemberRequestEntity request = em.find(MemberRequestEntity.class, id);
        if (request == null || !request.getMemberId().equals(memberContext.memberId())) {
            throw new NotFoundException();
        }
        return request;
    }

    /** Whether the current member has an open request of this type (for "one pending request at a time"). */
    @Override
    public Optional<MemberRequest> openOfType(String typeCode) {
        return em.createQuery("""
                select r from MemberRequestEntity r where r.memberId = :member and r.typeCode = :type
                and r.status in :open
                order by r.id desc""", MemberRequestEntity.class)
                .setParameter("member", memberContext.memberId())
                .setParameter("type", typeCode)
                .setParameter("open", RequestStatus.open())
                .setMaxResults(1)
                .getResultStream().findFirst().map(MemberRequest.class::cast);
    }

    /** The member cancels a request nobody has taken yet. */
    @Transactional
    @Override
    public MemberRequestEntity cancel(long id) {
        MemberRequestEntity request = find(id);
        if (request.getStatus() != RequestStatus.SENT) {
            throw new BusinessException(CoreTexts.BUNDLE, "request.cancel.too-late");
        }
        request.cancel(clock.now());
        return request;
    }

    /**
     * Joins a checked file to one of the current member's requests (see {@link UploadChecks}), in the
     * caller's transaction.
     *
     * @throws BusinessException when the content is not an accepted file
     */
    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public RequestAttachmentEntity attach(MemberRequest request, String fileName, byte[] content) {
        if (!request.getMemberId().equals(memberContext.memberId())) {
            throw new NotFoundException();
        }
        return store(request.getId(), fileName, content);
    }

    /** Checks and writes a file joined to a request, whoever joins it (the member, or the staff desk). */
    RequestAttachmentEntity store(long requestId, String fileName, byte[] content) {
        String type = uploads.accept(fileName, content);
        RequestAttachmentEntity attachment = new RequestAttachmentEntity(requestId, UploadedFiles.safeName(fileName, type),
                type, content, clock.now());
        em.persist(attachment);
        em.flush(); // an attachment's id is never null (RequestAttachment): the caller may keep it
        return attachment;
    }

    /** The attachments of one of the current member's requests (without their content). */
    @Override
    public List<RequestAttachmentEntity> attachments(long requestId) {
        find(requestId);
        return RequestQuery.attachments(em, requestId);
    }

    /** One of the current member's attachments, content included. */
    @Override
    public RequestAttachmentEntity attachment(long attachmentId) {
        RequestAttachmentEntity attachment = em.find(RequestAttachmentEntity.class, attachmentId);
        if (attachment == null) {
            throw new NotFoundException();
        }
        find(attachment.getRequestId());
        return attachment;
    }

    /** A page of the current member's requests, newest first ("Historique de mes demandes"). */
    @Override
    public List<MemberRequestEntity> history(RequestFilter filter, int first, int max) {
        return ownQuery(filter).page(em, "r.createdAt desc, r.id desc", first, max);
    }

    @Override
    public long count(RequestFilter filter) {
        return ownQuery(filter).count(em);
    }

    private RequestQuery ownQuery(RequestFilter filter) {
        return new RequestQuery(filter, memberContext.memberId(), clock.now());
    }

    /** How many of the member's requests are still open (sent, or being handled), in one query. */
    @Override
    public long countOpen() {
        return em.createQuery("select count(r) from MemberRequestEntity r where r.memberId = :member and r.status in :open",
                        Long.class)
                .setParameter("member", memberContext.memberId())
                .setParameter("open", RequestStatus.open())
                .getSingleResult();
    }

    /** How many requests of a type the current member made since an instant (rate limits). */
    @Override
    public long countSince(String typeCode, java.time.OffsetDateTime since) {
        return em.createQuery("""
                select count(r) from MemberRequestEntity r where r.memberId = :member and r.typeCode = :type
                and r.createdAt >= :since""", Long.class)
                .setParameter("member", memberContext.memberId())
                .setParameter("type", typeCode)
                .setParameter("since", since)
                .getSingleResult();
    }

    /** The label of a request's type, from its module's bundle. */
    @Override
    public String typeLabel(MemberRequest request) {
        return registry.requestTypeLabel(request.getTypeCode());
    }

    @Override
    public String stageLabel(MemberRequest request) {
        if (request.getStage() == null) {
            return null;
        }
        return registry.requestType(request.getTypeCode())
                .flatMap(t -> t.type().stage(request.getStage()).map(stage -> registry.label(t.module(), stage.labelKey())))
                .orElse(request.getStage());
    }

    @Override
    public String page(MemberRequest request) {
        return registry.requestType(request.getTypeCode())
                .filter(t -> t.type().page() != null && registry.isEnabled(t.module().id()))
                .map(t -> t.type().page().replace("{id}", Long.toString(request.getId())))
                .orElse(null);
    }

    @Override
    public boolean awaitsMember(MemberRequest request) {
        return request.getStage() != null && request.getStatus().isOpen() && registry.requestType(request.getTypeCode())
                .flatMap(t -> t.type().stage(request.getStage())).map(RequestStage::awaitsMember).orElse(false);
    }

    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public MemberRequestEntity resubmit(MemberRequest request) {
        MemberRequestEntity own = find(request.getId());
        if (!awaitsMember(own)) {
            throw new BusinessException(CoreTexts.BUNDLE, "request.resubmit.not-awaited");
        }
        own.clearStage(clock.now());
        // Back in the management system's feed, as a new row would be: the feed's order is the writing transaction's.
        em.flush();
        em.createNativeQuery("update member_request set acknowledged_at = null, feed_txid = txid_current() where id = ?1")
                .setParameter(1, own.getId())
                .executeUpdate();
        em.refresh(own);
        return own;
    }

    @Override
    public List<TypeLabel> types() {
        return registry.requestTypes().stream()
                .map(t -> new TypeLabel(t.type().code(), registry.requestTypeLabel(t.type().code())))
                .toList();
    }
}
