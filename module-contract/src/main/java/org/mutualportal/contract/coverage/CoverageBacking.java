package org.mutualportal.contract.coverage;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Map;
import org.mutualportal.contract.offer.Guarantee;
import org.mutualportal.contract.offer.GuaranteeCategory;
import org.mutualportal.contract.offer.Offer;
import org.mutualportal.contract.offer.Offers;
import org.mutualportal.contract.offer.ReimbursementExample;
import org.mutualportal.api.member.MemberContext;

/**
 * The table of guarantees on screen (the PDF's content, readable without a PDF viewer), for the member's
 * offer or, with {@code ?offre=}, one they may move to.
 */
@Named
@RequestScoped
public class CoverageBacking {

    @Inject
    Offers offers;

    @Inject
    MemberContext memberContext;

    private String code;
    private Offer offer;
    private Map<GuaranteeCategory, List<Guarantee>> guarantees;
    private List<ReimbursementExample> examples;

    /** View action: 404 for an offer the member may not see; an empty page when the catalogue lacks theirs. */
    public void load() {
        String wanted = code == null || code.isBlank() ? memberContext.membership().getOfferCode() : code;
        if (code == null || code.isBlank()) {
            offer = offers.current().orElse(null);
        } else {
            offer = offers.visible(wanted);
        }
        if (offer != null) {
            guarantees = offers.guarantees(offer.getCode());
            examples = offers.examples(offer.getCode());
        }
    }

    public boolean isOwn() {
        return offer != null && offer.getCode().equals(memberContext.membership().getOfferCode());
    }

    public Offer getOffer() {
        return offer;
    }

    public List<Map.Entry<GuaranteeCategory, List<Guarantee>>> getSections() {
        return guarantees == null ? List.of() : List.copyOf(guarantees.entrySet());
    }

    public List<ReimbursementExample> getExamples() {
        return examples == null ? List.of() : examples;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }
}
