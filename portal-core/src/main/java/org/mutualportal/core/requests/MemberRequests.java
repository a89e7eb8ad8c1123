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
                and r.status in (org.mutualportal.core.requests.RequestStatus.SENT,
                                 org.mutualportal.core.requests.RequestStatus.IN_PROGRESS)
                order by r.id desc""", MemberRequest.class)
                .setParameter("member", memberContext.memberId())
                .setParameter("type", typeCode)
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

    /** The label of a request's type, from its module's bundle. */
    public String typeLabel(MemberRequest request) {
        return registry.requestType(request.getTypeCode())
                .map(t -> registry.label(t.module(), t.type().labelKey()))
                .orElse(request.getTypeCode());
    }
}
