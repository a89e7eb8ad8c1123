package org.mutualportal.core.member;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Finds members outside a member's session — by what is printed on their card (registration), or by the
 * management system's ids (imports, demo data). Pages go through {@link MemberContext} instead.
 */
@ApplicationScoped
public class MemberDirectory {

    @PersistenceContext(unitName = "core")
    EntityManager em;

    /** The member holding this membership number ("numéro d'adhérent"), spaces ignored. */
    public Optional<Member> byMembershipNumber(String number) {
        String cleaned = number == null ? "" : number.replaceAll("\\s+", "");
        if (cleaned.isEmpty() || cleaned.length() > 20) {
            return Optional.empty();
        }
        return em.createQuery("""
                select mb from Member mb where mb.id =
                (select m.memberId from Membership m where m.membershipNumber = :number)""", Member.class)
                .setParameter("number", cleaned)
                .getResultStream().findFirst();
    }

    public Optional<Member> find(long memberId) {
        return Optional.ofNullable(em.find(Member.class, memberId));
    }

    /** Many members in one query, by id (notifications after an import). */
    public Map<Long, Member> find(Collection<Long> memberIds) {
        if (memberIds.isEmpty()) {
            return Map.of();
        }
        return em.createQuery("select m from Member m where m.id in :ids", Member.class)
                .setParameter("ids", memberIds)
                .getResultStream()
                .collect(Collectors.toMap(Member::getId, m -> m));
    }

    /** A membership's number (staff screens). */
    public Optional<String> membershipNumber(long membershipId) {
        return Optional.ofNullable(em.find(Membership.class, membershipId)).map(Membership::getMembershipNumber);
    }

    /** A membership by the management system's id (imports, demo data). */
    public Optional<Membership> membershipByExternalId(String externalId) {
        return em.createQuery("select m from Membership m where m.externalId = :id", Membership.class)
                .setParameter("id", externalId).getResultStream().findFirst();
    }

    /** The beneficiaries of a membership, the member first (imports, demo data; pages use MemberContext). */
    public java.util.List<Beneficiary> beneficiaries(long membershipId) {
        return em.createQuery("""
                select b from Beneficiary b where b.membershipId = :membership
                order by case when b.relationship = org.mutualportal.core.member.Relationship.MEMBER then 0 else 1 end,
                         b.birthDate""", Beneficiary.class)
                .setParameter("membership", membershipId).getResultList();
    }
}
