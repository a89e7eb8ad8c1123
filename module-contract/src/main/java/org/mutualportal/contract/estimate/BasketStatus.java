package org.mutualportal.contract.estimate;

/** Where a quote stands with the 100 % Santé basket, whose items leave nothing to pay within their price limits. */
public enum BasketStatus {
    /** Every line is a 100 % Santé item at or below its price limit. */
    FULL,
    /** Some lines are. */
    PARTIAL,
    /** None is. */
    NONE
}
