package org.mutualportal.reimbursements.payment;

/** How the mutual paid ("Mode de paiement"); labels in the bundle: {@code mode.<name>}. */
public enum PaymentMode {
    TRANSFER, CHEQUE
}
