package org.mutualportal.api.member;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Finds members outside a member's own session: by what is printed on their card (registration), or by id for
 * staff screens, imports, notifications and demo data. Member pages go through {@link MemberContext} instead,
 * which scopes every read to the signed-in member.
 *
 * <p>Nothing here checks who asks: a module calls it only from staff or administrator pages (whose paths the
 * shell protects), from the data-exchange API, or from jobs. An application-scoped CDI bean; reads join the
 * caller's transaction when there is one.
 *
 * @since 1.0
 */
public interface MemberDirectory {

    /**
     * The member holding this membership number ("numéro d'adhérent"), spaces ignored.
     *
     * @param number as typed; may be {@code null}
     * @return the member, or empty when none holds it
     */
    Optional<Member> byMembershipNumber(String number);

    /**
     * A member by id.
     *
     * @param memberId the portal's id
     * @return the member, or empty
     */
    Optional<Member> find(long memberId);

    /**
     * Many members in one query (notifications after an import).
     *
     * @param memberIds ids; may be empty
     * @return the members found, by id; never {@code null}
     */
    Map<Long, Member> find(Collection<Long> memberIds);

    /**
     * A membership by id (staff screens).
     *
     * @param membershipId the portal's id
     * @return the membership, or empty
     */
    Optional<Membership> membership(long membershipId);

    /**
     * A membership by the management system's id (imports, demo data).
     *
     * @param externalId the management system's id
     * @return the membership, or empty
     */
    Optional<Membership> membershipByExternalId(String externalId);

    /**
     * Memberships by the management system's ids, in as few queries as the batch needs (imports).
     *
     * @param externalIds the management system's ids; {@code null}s are ignored
     * @return the memberships found, by external id; never {@code null}
     */
    Map<String, Membership> membershipsByExternalId(Collection<String> externalIds);

    /**
     * The beneficiaries of a membership, the member first (imports, demo data, staff).
     *
     * @param membershipId the portal's id
     * @return never {@code null}
     */
    List<? extends Beneficiary> beneficiaries(long membershipId);

    /**
     * Beneficiaries by the management system's ids, in as few queries as the batch needs (imports naming the
     * beneficiary of each line).
     *
     * @param externalIds the management system's ids; {@code null}s are ignored
     * @return the beneficiaries found, by external id; never {@code null}
     */
    Map<String, Beneficiary> beneficiariesByExternalId(Collection<String> externalIds);
}
