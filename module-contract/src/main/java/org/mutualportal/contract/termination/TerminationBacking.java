package org.mutualportal.contract.termination;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.mutualportal.contract.ContractModule;
import org.mutualportal.contract.request.ContractRequests;
import org.mutualportal.api.member.MemberContext;
import org.mutualportal.api.requests.MemberRequest;
import org.mutualportal.api.requests.UploadedFiles;
import org.mutualportal.api.time.PortalClock;
import org.mutualportal.api.text.FrenchFormats;
import org.mutualportal.api.text.Texts;

/**
 * "Je résilie mon contrat": reason, the legal information with the date each reason gives, an explicit
 * confirmation. Nothing is recorded until the box is ticked.
 */
@Named
@RequestScoped
public class TerminationBacking {

    private Optional<MemberRequest> openRequest;

    @Inject
    Terminations terminations;

    @Inject
    ContractRequests requests;

    @Inject
    UploadedFiles uploads;

    @Inject
    MemberContext memberContext;

    @Inject
    PortalClock clock;

    private TerminationReason reason;
    @Size(max = Terminations.COMMENT_LENGTH, message = "{org.mutualportal.contract.termination.comment.tooLong}")
    private String comment;
    @AssertTrue(message = "{org.mutualportal.contract.termination.confirm.required}")
    private boolean confirmed;
    private List<Part> proofs = new ArrayList<>();

    public String terminate() {
        MemberRequest request = terminations.terminate(reason, comment, uploads.read(proofs));
        Texts.flash(Texts.of(ContractModule.BUNDLE, "termination.sent",
                FrenchFormats.date(terminations.effectiveDate(reason)), request.getId()));
        return "/contract/index.xhtml?faces-redirect=true";
    }

    /** The reasons with the date each would give today, for the select and the legal table. */
    public List<ReasonOption> getReasons() {
        List<ReasonOption> options = new ArrayList<>();
        for (TerminationReason r : TerminationReason.values()) {
            options.add(new ReasonOption(r, Texts.of(ContractModule.BUNDLE, "termination.reason." + r),
                    FrenchFormats.date(terminations.effectiveDate(r)), r.needsProof()));
        }
        return options;
    }

    /** A reason as the page lists it. */
    public record ReasonOption(TerminationReason reason, String label, String effectiveDate, boolean needsProof) {

        public TerminationReason getReason() {
            return reason;
        }

        public String getLabel() {
            return label;
        }

        public String getEffectiveDate() {
            return effectiveDate;
        }

        public boolean isNeedsProof() {
            return needsProof;
        }
    }

    public boolean isHeldOneYear() {
        return TerminationRules.heldOneYear(memberContext.membership().getStartDate(), clock.today());
    }

    public String getAnniversary() {
        return FrenchFormats.date(memberContext.membership().getStartDate().plusYears(1));
    }

    public MemberRequest getOpenRequest() {
        // Read once per request: the page tests it and shows its date and number.
        if (openRequest == null) {
            openRequest = requests.open(ContractRequests.TERMINATION);
        }
        return openRequest.orElse(null);
    }

    /** The open request of this kind, as the notice above the form says it. */
    public String getOpenText() {
        MemberRequest open = getOpenRequest();
        return open == null ? null : Texts.of(ContractModule.BUNDLE, "termination.open", open.getSummary());
    }

    public String getProofsHint() {
        return uploads.hint();
    }

    public TerminationReason getReason() {
        return reason;
    }

    public void setReason(TerminationReason reason) {
        this.reason = reason;
    }

    public String getComment() {
        return comment;
    }

    public void setComment(String comment) {
        this.comment = comment;
    }

    public boolean isConfirmed() {
        return confirmed;
    }

    public void setConfirmed(boolean confirmed) {
        this.confirmed = confirmed;
    }

    public List<Part> getProofs() {
        return proofs;
    }

    public void setProofs(List<Part> proofs) {
        this.proofs = proofs;
    }
}
