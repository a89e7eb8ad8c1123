package org.mutualportal.reimbursements.detail;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
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
 * payment, a malformed id or none at all is not found.
 */
@Named
@RequestScoped
public class PaymentDetailBacking {

    @Inject
    Payments payments;

    private Long id;
    private PaymentDetail detail;

    public void load() {
        if (id == null) {
            throw new NotFoundException();
        }
        detail = payments.find(id);
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
}
