package org.mutualportal.contract.terms;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * How contributions are paid. PAYROLL is the employer's deduction from the salary of a collective contract.
 * Named apart in the API's contract: the reimbursements' payment mode is another enumeration of the same simple
 * name, and Payara would otherwise describe both with whichever it scanned last.
 */
@Schema(name = "ContributionPaymentMode")
public enum PaymentMode {
    DIRECT_DEBIT, CHEQUE, TRANSFER, PAYROLL;

    /**
     * The modes a member of an individual contract may choose from the portal. A method, not a constant: Payara's
     * OpenAPI scanner lists an enumeration's static fields among its values.
     */
    public static List<PaymentMode> selectable() {
        return List.of(DIRECT_DEBIT, TRANSFER, CHEQUE);
    }
}
