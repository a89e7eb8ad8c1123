package org.mutualportal.reimbursements.payment;

/** Who received the money: the member, or a health professional under tiers payant. */
public enum Payee {
    MEMBER, PROFESSIONAL
}
