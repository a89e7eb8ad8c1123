package org.mutualportal.core.member;

import org.mutualportal.api.member.MemberCoordinates;
import org.mutualportal.api.member.PostalAddress;
import org.mutualportal.api.member.FamilySituation;
import org.mutualportal.api.web.NotFoundException;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

/**
 * Changes of the current member's coordinates in the portal's copy of the member record (and of a member's
 * e-mail address outside their session, once the module holds the proof that the member asked). The module that
 * offers the change records the matching request for the management system, in the same transaction, and
 * applies the collective-contract guard.
 */
@ApplicationScoped
public class CoordinateChanges implements MemberCoordinates {

    @PersistenceContext(unitName = "core")
    EntityManager em;

    @Inject
    MemberScope memberContext;

    @Transactional(Transactional.TxType.MANDATORY)
    public MemberEntity changeAddress(PostalAddress address) {
        MemberEntity member = current();
        member.setAddress(address);
        return member;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public MemberEntity changeEmail(String email) {
        MemberEntity member = current();
        member.setEmail(email);
        return member;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    @Override
    public MemberEntity changeEmail(long memberId, String email) {
        MemberEntity member = em.find(MemberEntity.class, memberId);
        if (member == null) {
            throw new NotFoundException();
        }
        member.setEmail(email);
        return member;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public MemberEntity changePhones(String mobile, String home) {
        MemberEntity member = current();
        member.setMobilePhone(mobile);
        member.setHomePhone(home);
        return member;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public MemberEntity changeFamilySituation(FamilySituation situation) {
        MemberEntity member = current();
        member.setFamilySituation(situation);
        return member;
    }

    private MemberEntity current() {
        return em.find(MemberEntity.class, memberContext.memberId());
    }
}
