package org.mutualportal.api.member;

/**
 * Changes of the signed-in member's coordinates in the portal's copy of the member record, shown at once while
 * the management system applies them.
 *
 * <p>The module that offers the change records the matching member request for the management system in the
 * same transaction (every method requires one: {@code TxType.MANDATORY}), and carries
 * {@link CollectiveContractGuarded} on its own service. The change is not audited here: the request is the
 * trace.
 *
 * @since 1.0
 */
public interface MemberCoordinates {

    /**
     * Replaces the postal address.
     *
     * @param address the new address, already checked
     * @return the member as changed
     */
    Member changeAddress(PostalAddress address);

    /**
     * Replaces the e-mail address the mutual writes to.
     *
     * @param email the new address, normalized; {@code null} removes it
     * @return the member as changed
     */
    Member changeEmail(String email);

    /**
     * Replaces the e-mail address of a member outside their session: once the member proved the new address is
     * theirs by following a link sent to it, signed in or not. Nothing here checks who asks: the module holds that
     * proof (a single-use link) and records the matching request with
     * {@link org.mutualportal.api.requests.RequestDesk#record}. In the caller's transaction
     * ({@code TxType.MANDATORY}); not audited here.
     *
     * @param memberId the member whose address it is
     * @param email the new address, normalized
     * @return the member as changed
     * @throws org.mutualportal.api.web.NotFoundException when there is no such member
     * @since 1.1
     */
    Member changeEmail(long memberId, String email);

    /**
     * Replaces both phone numbers.
     *
     * @param mobile ten digits, or {@code null}
     * @param home ten digits, or {@code null}
     * @return the member as changed
     */
    Member changePhones(String mobile, String home);

    /**
     * Records a new family situation.
     *
     * @param situation never {@code null}
     * @return the member as changed
     */
    Member changeFamilySituation(FamilySituation situation);
}
