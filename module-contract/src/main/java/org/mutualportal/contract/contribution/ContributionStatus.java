package org.mutualportal.contract.contribution;

/** Where a call for contributions stands: to be paid, paid, or rejected by the bank / not paid. */
public enum ContributionStatus {
    DUE, PAID, UNPAID
}
