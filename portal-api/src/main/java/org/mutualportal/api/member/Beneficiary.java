package org.mutualportal.api.member;

import java.time.LocalDate;

/**
 * A person covered by a membership: the member themselves, a spouse, a child… Read-only for modules.
 *
 * <p>Beneficiaries are in the shared kernel because reimbursements, documents and the contract all need them,
 * and each of those modules must work without the others. The list of a membership comes from
 * {@link MemberContext#beneficiaries()}; one by id from {@link MemberContext#beneficiary(long)}, which refuses
 * (404) a beneficiary of another membership.
 *
 * @since 1.0
 */
public interface Beneficiary {

    /**
     * The portal's id of the beneficiary.
     *
     * @return never {@code null}
     */
    Long getId();

    /**
     * The management system's id.
     *
     * @return never {@code null}
     */
    String getExternalId();

    /**
     * The membership that covers them.
     *
     * @return never {@code null}
     */
    Long getMembershipId();

    /**
     * Family name.
     *
     * @return never {@code null}
     */
    String getLastName();

    /**
     * First name.
     *
     * @return never {@code null}
     */
    String getFirstName();

    /**
     * First name and family name in capitals.
     *
     * @return never {@code null}
     */
    String getFullName();

    /**
     * Date of birth.
     *
     * @return never {@code null}
     */
    LocalDate getBirthDate();

    /**
     * How they are related to the member.
     *
     * @return never {@code null}
     */
    Relationship getRelationship();

    /**
     * Their own social security number (NIR, 15 characters with its key), when they have one.
     *
     * @return the NIR, or {@code null} (a child attached to a parent's number)
     */
    String getNir();

    /**
     * The NIR as pages may show it, all but the key masked (see {@code SocialSecurityNumber.mask}).
     *
     * @return the masked NIR, or {@code null}
     */
    String getMaskedNir();

    /**
     * The NIR of the parent a child without a number of their own is attached to.
     *
     * @return the NIR, or {@code null}
     */
    String getAttachedToNir();

    /**
     * First day of cover.
     *
     * @return never {@code null}
     */
    LocalDate getStartDate();

    /**
     * Last day of cover.
     *
     * @return the date, or {@code null} while covered
     */
    LocalDate getEndDate();
}
