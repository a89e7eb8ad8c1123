package org.mutualportal.core.member;

import org.mutualportal.api.member.MemberDirectory;
import org.mutualportal.api.member.Member;
import org.mutualportal.api.member.Membership;
import org.mutualportal.api.member.Beneficiary;
import org.mutualportal.api.exchange.ExternalIds;
import org.mutualportal.api.validation.MembershipNumber;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The core's {@link MemberDirectory}: finds members outside a member's session — by what is printed on their card (registration), or by the
 * management system's ids (imports, demo data). Pages go through {@link MemberScope} instead.
 */
@ApplicationScoped
public class MemberLookup implements MemberDirectory {

    @PersistenceContext(unitName = "core")
    EntityManager em;

    /** The member holding this membership number ("numéro d'adhérent"), spaces ignored. */
    @Override
    public Optional<Member> byMembershipNumber(String number) {
        String cleaned = number == null ? "" : number.replaceAll("\\s+", "");
        if (cleaned.isEmpty() || cleaned.length() > MembershipNumber.MAX_LENGTH) {
            return Optional.empty();
        }
        return em.createQuery("""
                select mb from MemberEntity mb where mb.id =
                (select m.memberId from MembershipEntity m where m.membershipNumber = :number)""", MemberEntity.class)
                .setParameter("number", cleaned)
                .getResultStream().findFirst().map(Member.class::cast);
    }

    @Override
    public Optional<Member> find(long memberId) {
        return Optional.ofNullable(em.find(MemberEntity.class, memberId));
    }

    /** Many members in one query, by id (notifications after an import). */
    @Override
    public Map<Long, Member> find(Collection<Long> memberIds) {
        if (memberIds.isEmpty()) {
            return Map.of();
        }
        return em.createQuery("select m from MemberEntity m where m.id in :ids", MemberEntity.class)
                .setParameter("ids", memberIds)
                .getResultStream()
                .collect(Collectors.toMap(MemberEntity::getId, m -> (Member) m));
    }

    @Override
    public Optional<Membership> membership(long membershipId) {
        return Optional.ofNullable(em.find(MembershipEntity.class, membershipId));
    }

    /** A membership by the management system's id (imports, demo data). */
    @Override
    public Optional<Membership> membershipByExternalId(String externalId) {
        return em.createQuery("select m from MembershipEntity m where m.externalId = :id", MembershipEntity.class)
                .setParameter("id", externalId).getResultStream().findFirst().map(Membership.class::cast);
    }

    @Override
    public Map<String, Membership> membershipsByExternalId(Collection<String> externalIds) {
        return ExternalIds.entities(em, MembershipEntity.class, externalIds.stream().filter(Objects::nonNull).distinct().toList())
                .stream().collect(Collectors.toMap(MembershipEntity::getExternalId, m -> (Membership) m));
    }

    @Override
    public Map<String, Beneficiary> beneficiariesByExternalId(Collection<String> externalIds) {
        return ExternalIds.entities(em, BeneficiaryEntity.class, externalIds.stream().filter(Objects::nonNull).distinct().toList())
                .stream().collect(Collectors.toMap(BeneficiaryEntity::getExternalId, b -> (Beneficiary) b));
    }

    /** The beneficiaries of a membership, the member first (imports, demo data; pages use MemberScope). */
    @Override
    public List<BeneficiaryEntity> beneficiaries(long membershipId) {
        return em.createQuery("""
                select b from BeneficiaryEntity b where b.membershipId = :membership
                order by case when b.relationship = org.mutualportal.api.member.Relationship.MEMBER then 0 else 1 end,
                         b.birthDate""", BeneficiaryEntity.class)
                .setParameter("membership", membershipId).getResultList();
    }
}
