package org.mutualportal.core.sample;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.mutualportal.core.audit.AuditLog;
import org.mutualportal.core.member.CollectiveContractGuarded;
import org.mutualportal.core.member.MemberContext;

/** A change of the contract, guarded like every real one; it leaves an audit line the tests look for. */
@ApplicationScoped
public class SampleChanges {

    @Inject
    AuditLog audit;

    @Inject
    MemberContext memberContext;

    @CollectiveContractGuarded
    @Transactional
    public void change(String value) {
        audit.record("member:" + memberContext.memberId(), "SAMPLE_CHANGE", "membership:" + memberContext.membershipId(),
                value, null);
    }
}
