package org.mutualportal.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import org.mutualportal.core.testing.ApiCalls;

/**
 * A member of the tests' own, sent to the running portal the way the management system sends one (the
 * data-exchange API, as the demo system client): the member, an open individual membership and its beneficiary,
 * without a web account.
 */
final class ManagedMembers {

    private ManagedMembers() {
    }

    /**
     * @param prefix the external ids' prefix, one per test class ({@code IT-NOJS})
     * @param suffix what makes this member's external ids unique
     * @param number the membership number
     * @param birthDate ISO date
     */
    static void importMember(URI portal, String prefix, String suffix, String number, String lastName, String firstName,
            String birthDate, String email) {
        ApiCalls api = ApiCalls.asDemoClient(portal);
        String member = prefix + "-" + suffix;
        String membership = prefix + "-ADS-" + suffix;
        assertThat(api.post("api/v1/members", """
                [{"externalId": "%s", "lastName": "%s", "firstName": "%s", "birthDate": "%s",
                  "email": "%s", "familySituation": "SINGLE",
                  "address": {"line1": "3 rue Paradis", "postcode": "13001", "city": "MARSEILLE", "country": "France"}}]"""
                .formatted(member, lastName, firstName, birthDate, email)).body()).contains("\"created\":1");
        assertThat(api.post("api/v1/memberships", """
                [{"externalId": "%s", "member": "%s", "membershipNumber": "%s", "contractNumber": "CT-%s",
                  "offerCode": "LAB-CONFORT", "offerLabel": "Labellisée Confort", "kind": "INDIVIDUAL", "state": "OPEN",
                  "startDate": "2024-01-01"}]""".formatted(membership, member, number, number)).body())
                .contains("\"created\":1");
        assertThat(api.post("api/v1/beneficiaries", """
                [{"externalId": "%s-BEN-%s", "membership": "%s", "lastName": "%s", "firstName": "%s",
                  "birthDate": "%s", "relationship": "MEMBER", "startDate": "2024-01-01"}]"""
                .formatted(prefix, suffix, membership, lastName, firstName, birthDate)).body()).contains("\"created\":1");
    }
}
