package org.mutualportal.core.sample;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.mutualportal.api.audit.AuditAction;
import org.mutualportal.api.audit.AuditLog;
import org.mutualportal.api.member.MemberContext;
import org.mutualportal.api.member.CollectiveContractGuarded;
import org.mutualportal.core.member.MemberEntity;

/** A change of the contract, guarded like every real one; it leaves an audit line the tests look for. */
@ApplicationScoped
public class SampleChanges {

    /** The sample module's audited action. */
    enum SampleAudit implements AuditAction {
        SAMPLE_CHANGE;

        @Override
        public String code() {
            return name();
        }
    }

    @Inject
    AuditLog audit;

    @Inject
    MemberContext memberContext;

    @PersistenceContext(unitName = "core")
    EntityManager em;

    @CollectiveContractGuarded
    @Transactional
    public void change(String value) {
        audit.record(SampleAudit.SAMPLE_CHANGE, "membership:" + memberContext.membershipId(), value);
    }

    /**
     * A change of the member's mobile phone that meets another change of the same row made at the same moment:
     * the row's version moves between the read and the write, as when two people save together.
     */
    @Transactional
    public void changePhoneWhileSomeoneElseDoes(String phone) {
        MemberEntity member = em.find(MemberEntity.class, memberContext.memberId());
        em.createNativeQuery("update member set version = version + 1 where id = ?1")
                .setParameter(1, memberContext.memberId())
                .executeUpdate();
        member.setMobilePhone(phone);
    }
}
