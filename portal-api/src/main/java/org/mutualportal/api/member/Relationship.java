package org.mutualportal.api.member;

/**
 * How a beneficiary is related to the member holding the membership (French labels in the shared bundle:
 * {@code relationship.<name>}).
 *
 * @since 1.0
 */
public enum Relationship {
    /** The member themselves. */
    MEMBER,
    /** Husband or wife. */
    SPOUSE,
    /** PACS partner or cohabitant. */
    PARTNER,
    /** A child. */
    CHILD,
    /** Anyone else the contract covers. */
    OTHER
}
