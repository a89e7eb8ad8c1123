package org.mutualportal.reimbursements.payment;

/**
 * How the guarantee of the member's offer applied to a line is expressed in the table of guarantees.
 *
 * <ul>
 * <li>{@link #PERCENT_OF_BASE}: "200 % BR" — the Sécurité sociale and the mutual together pay up to that
 * share of the base de remboursement;</li>
 * <li>{@link #AMOUNT}: a cap in euros on top of the Sécurité sociale (glasses, hearing aids, implants…);</li>
 * <li>{@link #ACTUAL_COST}: "frais réels" — whatever the Sécurité sociale does not pay;</li>
 * <li>{@link #FULL_COVERAGE_BASKET}: "100 % Santé" — within the regulated prices, nothing is left to pay.</li>
 * </ul>
 */
public enum GuaranteeBasis {
    PERCENT_OF_BASE, AMOUNT, ACTUAL_COST, FULL_COVERAGE_BASKET
}
