package org.mutualportal.core.sample;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.mutualportal.core.audit.AuditLog;
import org.mutualportal.core.member.CollectiveContractGuarded;
import org.mutualportal.core.member.Member;
import org.mutualportal.core.member.MemberContext;

/** A change of the contract, guarded like every real one; it leaves an audit line the tests look for. */
@ApplicationScoped
public class SampleChanges {

    @Inject
    AuditLog audit;

    @Inject
    MemberContext memberContext;

    @PersistenceContext(unitName = "core")
    EntityManager em;

    @CollectiveContractGuarded
    @Transactional
    public void change(String value) {
        audit.record("member:" + memberContext.memberId(), "SAMPLE_CHANGE", "membership:" + memberContext.membershipId(),
                value, null);
    }

    /**
     * A change of the member's mobile phone that meets another change of the same row made at the same moment:
     * the row's version moves between the read and the write, as when two people save together.
     */
    @Transactional
    public void changePhoneWhileSomeoneElseDoes(String phone) {
        Member member = em.find(Member.class, memberContext.memberId());
        em.createNativeQuery("update member set version = version + 1 where id = ?1")
                .setParameter(1, memberContext.memberId())
                .executeUpdate();
        member.setMobilePhone(phone);
    }
}
