package org.mutualportal.contract.estimate;

/**
 * How a guarantee rule pays, in the same four terms as the payment lines of the reimbursements module (so that an
 * estimate and the payment that follows it are explained alike):
 * <ul>
 * <li>{@link #PERCENT_OF_BASE}: "300 % BR" — the Sécurité sociale and the mutual together pay up to that share of
 * the base;</li>
 * <li>{@link #AMOUNT}: euros on top of the Sécurité sociale, per line, per equipment or per period;</li>
 * <li>{@link #ACTUAL_COST}: whatever the Sécurité sociale does not pay;</li>
 * <li>{@link #FULL_COVERAGE_BASKET}: 100 % Santé — within the item's price limit, nothing is left to pay.</li>
 * </ul>
 */
public enum CoverageBasis {
    PERCENT_OF_BASE, AMOUNT, ACTUAL_COST, FULL_COVERAGE_BASKET
}
