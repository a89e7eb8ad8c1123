package org.mutualportal.contract.termination;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.List;
import org.mutualportal.api.error.BusinessException;
import org.mutualportal.contract.ContractModule;
import org.mutualportal.contract.request.ContractRequests;
import org.mutualportal.contract.request.FormChecks;
import org.mutualportal.api.member.CollectiveContractGuarded;
import org.mutualportal.api.member.ContractState;
import org.mutualportal.api.member.MemberContext;
import org.mutualportal.api.member.Membership;
import org.mutualportal.api.requests.MemberRequest;
import org.mutualportal.api.requests.RequestDraft;
import org.mutualportal.api.requests.UploadedFiles;
import org.mutualportal.api.time.PortalClock;
import org.mutualportal.api.text.FrenchFormats;
import org.mutualportal.api.text.Texts;

/** Records a termination notice: the date it takes effect by law, the proof when the reason needs one. */
@ApplicationScoped
public class Terminations {

    /** The longest comment the member may add to the notice. */
    public static final int COMMENT_LENGTH = 1000;

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
     * @throws BusinessException when a notice is already waiting for the mutual or the contract is not open, on
     *         {@code reason} without one, or on {@code proofs} when the reason needs a proof not given
     */
    @Transactional
    @CollectiveContractGuarded
    public MemberRequest terminate(TerminationReason reason, String comment, List<UploadedFiles.Accepted> proofs) {
        Membership membership = memberContext.membership();
        if (requests.open(ContractRequests.TERMINATION).isPresent()) {
            throw new BusinessException(ContractModule.BUNDLE, "termination.alreadyOpen");
        }
        if (!isOpenContract()) {
            throw new BusinessException(ContractModule.BUNDLE, "termination.notOpen");
        }
        if (reason == null) {
            throw FormChecks.refusal("reason", "termination.reason.required");
        }
        if (reason.needsProof() && proofs.isEmpty()) {
            throw FormChecks.refusal("proofs", "termination.proof.required");
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
