package org.mutualportal.core.requests;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.Optional;
import org.mutualportal.core.member.MemberContext;
import org.mutualportal.core.registry.ModuleCatalog.OwnedRequestType;
import org.mutualportal.core.registry.ModuleRegistry;
import org.mutualportal.core.time.FrenchBusinessDays;
import org.mutualportal.core.time.PortalClock;
import org.mutualportal.core.web.NotFoundException;

/**
 * Where every module records what a member asks (the entries of Suivi). A request is always the current
 * member's, for the membership selected in the header; its type must be one a module declared
 * ({@code PortalModule.requestTypes()}), which gives its label and announced processing time.
 *
 * <h2>Usage</h2>
 * <pre>
 * requests.submit(new RequestDraft("account.address", summary, details, payloadJson));
 * </pre>
 */
@ApplicationScoped
public class MemberRequests {

    @PersistenceContext(unitName = "core")
    EntityManager em;

    @Inject
    MemberContext memberContext;

    @Inject
    ModuleRegistry registry;

    @Inject
    PortalClock clock;

    /** Records a request of the current member, in the caller's transaction. */
    @Transactional(Transactional.TxType.MANDATORY)
    public MemberRequest submit(RequestDraft draft) {
        OwnedRequestType type = registry.requestType(draft.typeCode())
                .orElseThrow(() -> new IllegalArgumentException("Unknown request type " + draft.typeCode()));
        MemberRequest request = new MemberRequest(memberContext.memberId(), memberContext.membershipId(),
                draft.typeCode(), type.module().id(), draft.summary(), draft.details(), draft.payload(),
                type.type().forManagementSystem(), clock.now(),
                FrenchBusinessDays.add(clock.today(), type.type().processingDays()));
        em.persist(request);
        em.flush(); // the id is wanted at once (links, pending changes pointing at it)
        return request;
    }

    /** One of the current member's requests. */
    public MemberRequest find(long id) {
        MemberRequest request = em.find(MemberRequest.class, id);
        if (request == null || !request.getMemberId().equals(memberContext.memberId())) {
            throw new NotFoundException();
        }
        return request;
    }

    /** Whether the current member has an open request of this type (for "one pending request at a time"). */
    public Optional<MemberRequest> openOfType(String typeCode) {
        return em.createQuery("""
                select r from MemberRequest r where r.memberId = :member and r.typeCode = :type
                and r.status in :open
                order by r.id desc""", MemberRequest.class)
                .setParameter("member", memberContext.memberId())
                .setParameter("type", typeCode)
                .setParameter("open", RequestStatus.open())
                .setMaxResults(1)
                .getResultStream().findFirst();
    }

    /** The member cancels a request nobody has taken yet. */
    @Transactional
    public MemberRequest cancel(long id) {
        MemberRequest request = find(id);
        request.cancel(clock.now());
        return request;
    }

    /**
     * Joins a checked file to one of the current member's requests (see {@link UploadedFiles}), in the
     * caller's transaction.
     *
     * @throws IllegalArgumentException when the content is not an accepted file
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public RequestAttachment attach(MemberRequest request, String fileName, byte[] content) {
        if (!request.getMemberId().equals(memberContext.memberId())) {
            throw new NotFoundException();
        }
        String type = UploadedFiles.sniff(content).orElseThrow(() -> new IllegalArgumentException("Not an accepted file"));
        RequestAttachment attachment = new RequestAttachment(request.getId(), UploadedFiles.safeName(fileName, type), type,
                content, clock.now());
        em.persist(attachment);
        return attachment;
    }

    /** The attachments of one of the current member's requests (without their content). */
    public java.util.List<RequestAttachment> attachments(long requestId) {
        find(requestId);
        return em.createQuery("select a from RequestAttachment a where a.requestId = :request order by a.id",
                RequestAttachment.class).setParameter("request", requestId).getResultList();
    }

    /** One of the current member's attachments, content included. */
    public RequestAttachment attachment(long attachmentId) {
        RequestAttachment attachment = em.find(RequestAttachment.class, attachmentId);
        if (attachment == null) {
            throw new NotFoundException();
        }
        find(attachment.getRequestId());
        return attachment;
    }

    /** A page of the current member's requests, newest first ("Historique de mes demandes"). */
    public java.util.List<MemberRequest> history(RequestFilter filter, int first, int max) {
        return bind(em.createQuery("select r from MemberRequest r " + where(filter) + " order by r.createdAt desc, r.id desc",
                MemberRequest.class), filter).setFirstResult(first).setMaxResults(max).getResultList();
    }

    public long count(RequestFilter filter) {
        return bind(em.createQuery("select count(r) from MemberRequest r " + where(filter), Long.class), filter)
                .getSingleResult();
    }

    private static String where(RequestFilter filter) {
        StringBuilder where = new StringBuilder("where r.memberId = :member");
        if (filter.typeCode() != null) {
            where.append(" and r.typeCode = :type");
        }
        if (filter.status() != null) {
            where.append(" and r.status = :status");
        }
        if (filter.sinceMonths() != null) {
            where.append(" and r.createdAt >= :since");
        }
        return where.toString();
    }

    private <T> jakarta.persistence.TypedQuery<T> bind(jakarta.persistence.TypedQuery<T> query, RequestFilter filter) {
        query.setParameter("member", memberContext.memberId());
        if (filter.typeCode() != null) {
            query.setParameter("type", filter.typeCode());
        }
        if (filter.status() != null) {
            query.setParameter("status", filter.status());
        }
        if (filter.sinceMonths() != null) {
            query.setParameter("since", clock.now().minusMonths(filter.sinceMonths()));
        }
        return query;
    }

    /** How many of the member's requests are still open (sent, or being handled), in one query. */
    public long countOpen() {
        return em.createQuery("select count(r) from MemberRequest r where r.memberId = :member and r.status in :open",
                        Long.class)
                .setParameter("member", memberContext.memberId())
                .setParameter("open", RequestStatus.open())
                .getSingleResult();
    }

    /** How many requests of a type the current member made since an instant (rate limits). */
    public long countSince(String typeCode, java.time.OffsetDateTime since) {
        return em.createQuery("""
                select count(r) from MemberRequest r where r.memberId = :member and r.typeCode = :type
                and r.createdAt >= :since""", Long.class)
                .setParameter("member", memberContext.memberId())
                .setParameter("type", typeCode)
                .setParameter("since", since)
                .getSingleResult();
    }

    /** The label of a request's type, from its module's bundle. */
    public String typeLabel(MemberRequest request) {
        return registry.requestType(request.getTypeCode())
                .map(t -> registry.label(t.module(), t.type().labelKey()))
                .orElse(request.getTypeCode());
    }
}
