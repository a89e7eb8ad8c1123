package org.mutualportal.contract.beneficiary;

/**
 * Whom a beneficiary's Sécurité sociale reimbursements are attached to: their own number, the member's (a
 * child on a parent's carte Vitale), or another insured person's (a child on the other parent's).
 */
public enum SocialSecurityAttachment {
    OWN, MEMBER, OTHER_INSURED
}
