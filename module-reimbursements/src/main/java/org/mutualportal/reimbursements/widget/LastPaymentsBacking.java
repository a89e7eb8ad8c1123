package org.mutualportal.reimbursements.widget;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.mutualportal.reimbursements.payment.PaymentSummary;
import org.mutualportal.reimbursements.payment.Payments;

/** The dashboard's "Derniers remboursements": the three last payments to the member. */
@Named
@RequestScoped
public class LastPaymentsBacking {

    @Inject
    Payments payments;

    private List<PaymentSummary> latest;

    public List<PaymentSummary> getLatest() {
        if (latest == null) {
            latest = payments.latest(3);
        }
        return latest;
    }
}
