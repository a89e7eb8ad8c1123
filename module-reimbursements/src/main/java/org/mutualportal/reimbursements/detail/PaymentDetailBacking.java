package org.mutualportal.reimbursements.detail;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.mutualportal.api.modules.Modules;
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

    /** The module of bills sent online, whose claim page a payment links back to. */
    private static final String CLAIMS = "claims";

    @Inject
    Payments payments;

    @Inject
    Modules modules;

    private Long id;
    private Long claim;
    private PaymentDetail detail;

    public void load() {
        if (id == null && claim != null) {
            id = payments.paymentOfClaim(claim);
        }
        if (id == null) {
            throw new NotFoundException();
        }
        detail = payments.find(id);
    }

    /** The claim this payment settles, as its page links to it while the claims module is on; {@code null} otherwise. */
    public String getClaimPath() {
        Long settled = detail.payment().getClaimRequestId();
        return settled != null && modules.isEnabled(CLAIMS) ? "/claims/claim.xhtml?id=" + settled : null;
    }

    /** "demande n° 1587": the number as the member has it, without a French thousands separator. */
    public String getClaimNumber() {
        return Texts.of(ReimbursementsModule.BUNDLE, "detail.claim.number", String.valueOf(detail.payment().getClaimRequestId()));
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
