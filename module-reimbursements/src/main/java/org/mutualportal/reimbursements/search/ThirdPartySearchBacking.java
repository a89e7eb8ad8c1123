package org.mutualportal.reimbursements.search;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import org.mutualportal.reimbursements.payment.Payee;

/** "Remboursements aux tiers": the same search over what the mutual paid health professionals. */
@Named
@ViewScoped
public class ThirdPartySearchBacking extends PaymentSearchBacking {

    private static final long serialVersionUID = 1L;

    @Override
    protected Payee payee() {
        return Payee.PROFESSIONAL;
    }

    @Override
    protected String page() {
        return "/reimbursements/third-party.xhtml";
    }
}
