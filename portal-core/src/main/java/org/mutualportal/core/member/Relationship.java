package org.mutualportal.core.member;

/** How a beneficiary is related to the member holding the membership. */
public enum Relationship {
    MEMBER, SPOUSE, PARTNER, CHILD, OTHER
}
