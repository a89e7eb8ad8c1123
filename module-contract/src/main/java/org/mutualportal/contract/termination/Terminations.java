package org.mutualportal.contract.termination;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.List;
import org.mutualportal.contract.ContractModule;
import org.mutualportal.contract.request.ContractRequests;
import org.mutualportal.core.member.CollectiveContractGuarded;
import org.mutualportal.core.member.ContractState;
import org.mutualportal.core.member.MemberContext;
import org.mutualportal.core.member.Membership;
import org.mutualportal.core.requests.MemberRequest;
import org.mutualportal.core.requests.RequestDraft;
import org.mutualportal.core.requests.UploadedFiles;
import org.mutualportal.core.time.PortalClock;
import org.mutualportal.core.web.FrenchFormats;
import org.mutualportal.core.web.Texts;

/** Records a termination notice: the date it takes effect by law, the proof when the reason needs one. */
@ApplicationScoped
public class Terminations {

    @Inject
    MemberContext memberContext;

    @Inject
    ContractRequests requests;

    @Inject
    PortalClock clock;

    public LocalDate effectiveDate(TerminationReason reason) {
        return TerminationRules.effectiveDate(reason, memberContext.membership().getStartDate(), clock.today());
    }

    public boolean isOpenContract() {
        return memberContext.membership().getState() == ContractState.OPEN;
    }

    /**
     * Records the notice.
     *
     * @throws IllegalArgumentException when the contract is not open, or the reason needs a proof not given
     */
    @Transactional
    @CollectiveContractGuarded
    public MemberRequest terminate(TerminationReason reason, String comment, List<UploadedFiles.Accepted> proofs) {
        Membership membership = memberContext.membership();
        if (!isOpenContract() || reason.needsProof() && proofs.isEmpty()) {
            throw new IllegalArgumentException("Termination refused");
        }
        LocalDate effective = effectiveDate(reason);
        String reasonText = Texts.of(ContractModule.BUNDLE, "termination.reason." + reason);
        return requests.submit(new RequestDraft(ContractRequests.TERMINATION,
                Texts.of(ContractModule.BUNDLE, "termination.summary", membership.getContractNumber(), FrenchFormats.date(effective)),
                Texts.of(ContractModule.BUNDLE, "termination.details", reasonText, FrenchFormats.date(effective))
                        + (comment == null || comment.isBlank() ? "" : "\n\n" + comment.strip()),
                Json.createObjectBuilder()
                        .add("membershipNumber", membership.getMembershipNumber())
                        .add("contractNumber", membership.getContractNumber())
                        .add("reason", reason.name())
                        .add("noticeDate", clock.today().toString())
                        .add("effectiveDate", effective.toString())
                        .build().toString()), proofs);
    }
}
