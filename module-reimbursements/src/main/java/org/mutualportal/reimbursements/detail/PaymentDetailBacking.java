package org.mutualportal.reimbursements.detail;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.mutualportal.api.requests.MemberRequests;
import org.mutualportal.api.text.FrenchFormats;
import org.mutualportal.api.text.Texts;
import org.mutualportal.api.web.NotFoundException;
import org.mutualportal.reimbursements.ReimbursementsModule;
import org.mutualportal.reimbursements.payment.Payee;
import org.mutualportal.reimbursements.payment.PaymentDetail;
import org.mutualportal.reimbursements.payment.PaymentLine;
import org.mutualportal.reimbursements.payment.Payments;

/**
 * The detail of a payment ({@code payment.xhtml?id=…}, the id typed by {@code portal.id}): another member's
 * payment, a malformed id or none at all is not found. {@code payment.xhtml?claim=…} opens the payment that settles
 * a bill the member sent online (the claims module's "Voir le paiement"), within the same scope.
 */
@Named
@RequestScoped
public class PaymentDetailBacking {

    @Inject
    Payments payments;

    @Inject
    MemberRequests requests;

    private Long id;
    private Long claim;
    private PaymentDetail detail;
    private String claimPath;

    public void load() {
        if (id == null && claim != null) {
            id = payments.paymentOfClaim(claim);
        }
        if (id == null) {
            throw new NotFoundException();
        }
        detail = payments.find(id);
        Long settled = detail.payment().getClaimRequestId();
        // The import checked that the claim is a request of the payment's member.
        claimPath = settled == null ? null : requests.page(requests.find(settled));
    }

    /** The page of the claim this payment settles, as its module shows it; {@code null} without one or once it is off. */
    public String getClaimPath() {
        return claimPath;
    }

    /** "demande n° 1587": the number as the member has it, without a French thousands separator. */
    public String getClaimNumber() {
        return Texts.of(ReimbursementsModule.BUNDLE, "detail.claim.number", Long.toString(detail.payment().getClaimRequestId()));
    }

    public PaymentDetail getDetail() {
        return detail;
    }

    public String getTitle() {
        return Texts.of(ReimbursementsModule.BUNDLE, "detail.title", FrenchFormats.date(detail.payment().getPaymentDate()));
    }

    public boolean isThirdParty() {
        return detail.payment().getPayee() == Payee.PROFESSIONAL;
    }

    public List<String> why(PaymentLine line) {
        return LineExplanation.explain(line);
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public Long getClaim() {
        return claim;
    }

    public void setClaim(Long claim) {
        this.claim = claim;
    }
}
