package org.mutualportal.reimbursements.detail;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.mutualportal.core.web.FrenchFormats;
import org.mutualportal.core.web.RequestIds;
import org.mutualportal.core.web.Texts;
import org.mutualportal.reimbursements.ReimbursementsModule;
import org.mutualportal.reimbursements.payment.Payee;
import org.mutualportal.reimbursements.payment.PaymentDetail;
import org.mutualportal.reimbursements.payment.PaymentLine;
import org.mutualportal.reimbursements.payment.Payments;

/** The detail of a payment ({@code payment.xhtml?id=…}): another member's payment is not found. */
@Named
@RequestScoped
public class PaymentDetailBacking {

    @Inject
    Payments payments;

    private String id;
    private PaymentDetail detail;

    public void load() {
        detail = payments.find(RequestIds.parse(id));
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

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }
}
