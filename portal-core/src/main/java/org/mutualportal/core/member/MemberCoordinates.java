package org.mutualportal.core.member;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

/**
 * Changes of the current member's coordinates in the portal's copy of the member record. The module that
 * offers the change records the matching request for the management system, in the same transaction, and
 * applies the collective-contract guard.
 */
@ApplicationScoped
public class MemberCoordinates {

    @PersistenceContext(unitName = "core")
    EntityManager em;

    @Inject
    MemberContext memberContext;

    @Transactional(Transactional.TxType.MANDATORY)
    public Member changeAddress(PostalAddress address) {
        Member member = current();
        member.setAddress(address);
        return member;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public Member changeEmail(String email) {
        Member member = current();
        member.setEmail(email);
        return member;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public Member changePhones(String mobile, String home) {
        Member member = current();
        member.setMobilePhone(mobile);
        member.setHomePhone(home);
        return member;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public Member changeFamilySituation(FamilySituation situation) {
        Member member = current();
        member.setFamilySituation(situation.name());
        return member;
    }

    private Member current() {
        return em.find(Member.class, memberContext.memberId());
    }
}
