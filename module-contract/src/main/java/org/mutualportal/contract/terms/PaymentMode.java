package org.mutualportal.contract.terms;

/** How contributions are paid. PAYROLL is the employer's deduction from the salary of a collective contract. */
public enum PaymentMode {
    DIRECT_DEBIT, CHEQUE, TRANSFER, PAYROLL;

    /** The modes a member of an individual contract may choose from the portal. */
    public static final java.util.List<PaymentMode> SELECTABLE = java.util.List.of(DIRECT_DEBIT, TRANSFER, CHEQUE);
}
