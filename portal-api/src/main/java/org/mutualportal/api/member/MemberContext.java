package org.mutualportal.api.member;

import java.util.List;
import org.mutualportal.api.web.NotFoundException;

/**
 * The signed-in member and the membership selected in the header: the scope every query of member data goes
 * through.
 *
 * <p>A module never takes a member or membership id from the request. It asks this context and filters by
 * {@link #memberId()} and {@link #membershipId()}; an id that is not in that scope is a
 * {@link NotFoundException}, which the shell answers with a 404 — the same answer as for an id that does not
 * exist, so a member cannot even learn that another member's record exists.
 *
 * <p>A request-scoped CDI bean, named {@code memberContext} for pages. Every method but {@link #isMember()}
 * throws {@link NotFoundException} when no member is signed in (anonymous visitors, staff). The member and
 * their memberships are read once per request, in one query, and are read-only.
 *
 * <h2>Usage</h2>
 * <pre>
 * em.createQuery("select p from Payment p where p.id = :id and p.membershipId = :membership", Payment.class)
 *   .setParameter("id", id)
 *   .setParameter("membership", memberContext.membershipId())
 * </pre>
 *
 * @since 1.0
 */
public interface MemberContext {

    /**
     * Whether a member (not staff, not an anonymous visitor) is signed in.
     *
     * @return {@code true} for a member's request
     */
    boolean isMember();

    /**
     * The signed-in member's id.
     *
     * @return the id
     * @throws NotFoundException when no member is signed in
     */
    long memberId();

    /**
     * The signed-in member.
     *
     * @return never {@code null}
     * @throws NotFoundException when no member is signed in
     */
    Member member();

    /**
     * The member's memberships, open ones first, then by number.
     *
     * @return never {@code null}; empty for a member who holds none
     * @throws NotFoundException when no member is signed in
     */
    List<? extends Membership> memberships();

    /**
     * The membership chosen in the header, or the first one.
     *
     * @return never {@code null}
     * @throws NotFoundException when no member is signed in, or the member holds no membership
     */
    Membership membership();

    /**
     * The id of {@link #membership()}.
     *
     * @return the id
     * @throws NotFoundException as {@link #membership()}
     */
    long membershipId();

    /**
     * Chooses the membership the pages show, for the rest of the session.
     *
     * @param membershipId one of the member's memberships
     * @throws NotFoundException when the id is not one of the member's memberships
     */
    void select(long membershipId);

    /**
     * For pages: {@code #{memberContext.member.fullName}}.
     *
     * @return as {@link #member()}
     */
    default Member getMember() {
        return member();
    }

    /**
     * For pages: {@code #{memberContext.membership.contractNumber}}.
     *
     * @return as {@link #membership()}
     */
    default Membership getMembership() {
        return membership();
    }

    /**
     * The beneficiaries of the selected membership, the member first, then by birth date.
     *
     * @return never {@code null}
     * @throws NotFoundException as {@link #membership()}
     */
    List<? extends Beneficiary> beneficiaries();

    /**
     * A beneficiary of the selected membership.
     *
     * @param beneficiaryId an id the member sent
     * @return never {@code null}
     * @throws NotFoundException when the id belongs to no beneficiary of the selected membership
     */
    Beneficiary beneficiary(long beneficiaryId);
}
