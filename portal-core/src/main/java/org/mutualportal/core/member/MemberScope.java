package org.mutualportal.core.member;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.mutualportal.api.member.MemberContext;
import org.mutualportal.api.web.NotFoundException;

/**
 * The current member and the membership selected in the header: the scope every query of member data goes
 * through (the core's implementation of the API's {@link MemberContext}, plus the signed-in user for the
 * core's own use).
 *
 * <p>Modules never take a member or membership id from the request; they ask this context, and filter by
 * {@link #memberId()} and {@link #membershipId()}. A request that is not a member's (anonymous, staff)
 * gets a {@link NotFoundException}, which the shell turns into a 404.
 *
 * <h2>Usage</h2>
 * <pre>
 * em.createQuery("select p from Payment p where p.id = :id and p.membershipId = :membership", Payment.class)
 *   .setParameter("id", id)
 *   .setParameter("membership", memberContext.membershipId())
 * </pre>
 */
@RequestScoped
@Named("memberContext")
public class MemberScope implements MemberContext {

    static final String SELECTED_MEMBERSHIP = "portal.membership";

    @Inject
    HttpServletRequest request;

    @PersistenceContext(unitName = "core")
    EntityManager em;

    @Inject
    MemberLookup lookup;

    private MemberEntity member;
    private List<MembershipEntity> memberships;
    private MembershipEntity selected;

    /** The signed-in user, if any. */
    public Optional<SignedInUser> user() {
        HttpSession session = request.getSession(false);
        return session == null ? Optional.empty()
                : Optional.ofNullable((SignedInUser) session.getAttribute(SignedInUser.SESSION_KEY));
    }

    /** Whether a member (not staff, not anonymous) is signed in. */
    @Override
    public boolean isMember() {
        return user().map(u -> u.memberId() != null).orElse(false);
    }

    /** The signed-in member's id. */
    @Override
    public long memberId() {
        return user().map(SignedInUser::memberId).orElseThrow(NotFoundException::new);
    }

    @Override
    public MemberEntity member() {
        if (memberships == null) {
            load();
        }
        if (member == null) {
            throw new NotFoundException();
        }
        return member;
    }

    /** The member's memberships, open ones first, then by number. */
    @Override
    public List<MembershipEntity> memberships() {
        if (memberships == null) {
            load();
        }
        return memberships;
    }

    /** The member and their memberships in one round trip: the header of every page shows both. */
    private void load() {
        List<Object[]> rows = em.createQuery("""
                select m, s from MemberEntity m left join MembershipEntity s on s.memberId = m.id
                where m.id = :member
                order by case when s.state = org.mutualportal.api.member.ContractState.OPEN then 0 else 1 end,
                         s.membershipNumber""", Object[].class)
                .setParameter("member", memberId())
                .getResultList();
        member = rows.isEmpty() ? null : (MemberEntity) rows.get(0)[0];
        memberships = rows.stream().map(row -> (MembershipEntity) row[1]).filter(Objects::nonNull).toList();
    }

    /** The membership chosen in the header, or the first one. */
    @Override
    public MembershipEntity membership() {
        if (selected == null) {
            List<MembershipEntity> all = memberships();
            if (all.isEmpty()) {
                throw new NotFoundException("The member holds no membership");
            }
            Long chosen = (Long) request.getSession().getAttribute(SELECTED_MEMBERSHIP);
            selected = all.stream().filter(m -> m.getId().equals(chosen)).findFirst().orElse(all.get(0));
        }
        return selected;
    }

    @Override
    public long membershipId() {
        return membership().getId();
    }

    /**
     * Chooses the membership the pages show.
     *
     * @throws NotFoundException when the id is not one of the member's memberships
     */
    @Override
    public void select(long membershipId) {
        MembershipEntity chosen = memberships().stream()
                .filter(m -> m.getId() == membershipId)
                .findFirst()
                .orElseThrow(NotFoundException::new);
        request.getSession().setAttribute(SELECTED_MEMBERSHIP, chosen.getId());
        selected = chosen;
    }

    /** For pages: {@code #{memberContext.member.fullName}}. */
    @Override
    public MemberEntity getMember() {
        return member();
    }

    /** For pages: {@code #{memberContext.membership.contractNumber}}. */
    @Override
    public MembershipEntity getMembership() {
        return membership();
    }

    /** The beneficiaries of the selected membership, the member first. */
    @Override
    public List<BeneficiaryEntity> beneficiaries() {
        return lookup.beneficiaries(membershipId());
    }

    /**
     * A beneficiary of the selected membership.
     *
     * @throws NotFoundException when the id belongs to no beneficiary of this membership
     */
    @Override
    public BeneficiaryEntity beneficiary(long beneficiaryId) {
        BeneficiaryEntity beneficiary = em.find(BeneficiaryEntity.class, beneficiaryId);
        if (beneficiary == null || !beneficiary.getMembershipId().equals(membershipId())) {
            throw new NotFoundException();
        }
        return beneficiary;
    }
}
