package org.mutualportal.contract.contribution;

import org.mutualportal.contract.terms.NoticeFrequency;
import org.mutualportal.contract.terms.PaymentMode;

/** The payment of contributions a member asks for; bank details only for a direct debit, normalized. */
public record PaymentModeChange(PaymentMode mode, NoticeFrequency frequency, Integer debitDay, String holder,
        String iban, String bic) {

    public boolean isDirectDebit() {
        return mode == PaymentMode.DIRECT_DEBIT;
    }
}
