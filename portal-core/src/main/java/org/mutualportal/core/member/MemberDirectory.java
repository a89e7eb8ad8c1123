package org.mutualportal.core.member;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;

/**
 * Finds members by what is printed on their card — for registration, which happens before there is a
 * signed-in member to scope by. Everything else goes through {@link MemberContext}.
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
}
