package org.mutualportal.api.member;

import java.time.LocalDate;

/**
 * A member (adhérent) as the mutual's management system knows them: read-only for modules.
 *
 * <p>The management system owns this data and sends it through the data-exchange API; a module never changes
 * it directly. A member's change of coordinates is a request ({@link MemberCoordinates} for what the portal
 * applies at once, a member request for the rest). Instances come from {@link MemberContext} or
 * {@link MemberDirectory}; they are snapshots of the current transaction, not to be kept across requests.
 *
 * <p>Getters follow the JavaBeans convention so that pages read them ({@code #{memberContext.member.fullName}}).
 *
 * @since 1.0
 */
public interface Member {

    /**
     * The portal's id of the member: the one module tables store as {@code member_id}.
     *
     * @return never {@code null}
     */
    Long getId();

    /**
     * The management system's id of the member (what data-exchange records name).
     *
     * @return never {@code null}
     */
    String getExternalId();

    /**
     * Family name, as printed on cards and statements.
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
     * First name and family name in capitals, as the mutual prints them ("Marie LEROY").
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
     * The address the mutual writes to; may differ from the login of the member's web account.
     *
     * @return the address, or {@code null} when the mutual has none
     */
    String getEmail();

    /**
     * Mobile phone, ten digits without separators.
     *
     * @return the number, or {@code null}
     */
    String getMobilePhone();

    /**
     * Landline phone, ten digits without separators.
     *
     * @return the number, or {@code null}
     */
    String getHomePhone();

    /**
     * Family situation.
     *
     * @return the situation, or {@code null} when the mutual has not recorded one
     */
    FamilySituation getFamilySituation();

    /**
     * Postal address.
     *
     * @return the address, or {@code null} when the mutual has none
     */
    PostalAddress getAddress();
}
