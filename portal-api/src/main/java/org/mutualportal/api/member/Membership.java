package org.mutualportal.api.member;

import java.time.LocalDate;

/**
 * One contract a member holds with the mutual (an adhésion): read-only for modules.
 *
 * <p>A member may hold several (an individual contract and one through an employer, say); the header lets them
 * choose which one pages show, and {@link MemberContext#membership()} is that choice. Module tables refer to a
 * membership by {@link #getId()} ({@code membership_id}) and filter every query by the selected one.
 *
 * @since 1.0
 */
public interface Membership {

    /**
     * The portal's id of the membership.
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
     * The member who holds it.
     *
     * @return never {@code null}
     */
    Long getMemberId();

    /**
     * The number printed on the member's card (numéro d'adhérent).
     *
     * @return never {@code null}
     */
    String getMembershipNumber();

    /**
     * The contract number.
     *
     * @return never {@code null}
     */
    String getContractNumber();

    /**
     * Code of the offer (product) the membership subscribes to.
     *
     * @return never {@code null}
     */
    String getOfferCode();

    /**
     * French label of the offer.
     *
     * @return never {@code null}
     */
    String getOfferLabel();

    /**
     * Individual or collective.
     *
     * @return never {@code null}
     */
    ContractKind getKind();

    /**
     * Whether an employer manages the contract: coordinates and contract changes then go through the employer
     * (see {@link CollectiveContractGuard}).
     *
     * @return {@code true} for a collective contract
     */
    boolean isCollective();

    /**
     * The employer of a collective contract.
     *
     * @return the employer's name, or {@code null} for an individual contract
     */
    String getEmployerName();

    /**
     * Open, suspended or terminated.
     *
     * @return never {@code null}
     */
    ContractState getState();

    /**
     * First day of cover.
     *
     * @return never {@code null}
     */
    LocalDate getStartDate();

    /**
     * Last day of cover.
     *
     * @return the date, or {@code null} while no end is known
     */
    LocalDate getEndDate();
}
