package org.mutualportal.reimbursements.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URL;
import java.time.LocalDate;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.mutualportal.core.testing.ApiCalls;
import org.mutualportal.core.testing.ApiCalls.Answer;
import org.mutualportal.core.testing.TestMembers;
import org.mutualportal.core.testing.TestMembers.Created;
import org.mutualportal.testing.EmbeddedDatabase;
import org.mutualportal.testing.PortalDeployment;
import org.mutualportal.testing.PortalTest;
import org.mutualportal.testing.WebClient;
import org.mutualportal.testing.WebClient.Page;

/**
 * A payment settling a bill the member sent online: the import takes the claim's request id (checked to be a request
 * of the payment's member), the payment page links back to the claim while the claims module is on, and the claim's
 * "Voir le paiement" ({@code payment.xhtml?claim=…}) opens the payment within the member's scope only.
 */
@PortalTest
@RunAsClient
class ClaimPaymentIT {

    private static final String PASSWORD = "Vacances-Ete2026";

    @Deployment
    static WebArchive deployment() {
        return PortalDeployment.module()
                .withClasses(TestMembers.class, TestMembers.Created.class, ClaimsStandIn.class)
                .withConfig("portal.api.clients", ApiCalls.clientsConfig())
                .build();
    }

    @ArquillianResource
    URL base;

    private record Holder(Created card, String membership, String self, String login) {
    }

    @Test
    void aPaymentImportedWithItsClaimLinksBackToItAndTheClaimFindsItsPayment() {
        Holder marie = holder("Leroy");
        Holder stranger = holder("Vidal");
        long claim = claimOf(marie);
        long strangersClaim = claimOf(stranger);
        long unpaidClaim = claimOf(marie);
        long addressChange = requestOf(marie, "account.address");
        String paid = "IT-PAI-" + UUID.randomUUID();
        String plain = "IT-PAI-" + UUID.randomUUID();

        Answer report = api().post("api/v1/reimbursements/payments", "[" + payment(paid, marie, "\"" + claim + "\"") + ","
                + payment(plain, marie, null) + ","
                + payment("IT-PAI-" + UUID.randomUUID(), marie, Long.toString(strangersClaim)) + ","
                + payment("IT-PAI-" + UUID.randomUUID(), marie, "999999999") + ","
                + payment("IT-PAI-" + UUID.randomUUID(), marie, "-3") + ","
                + payment("IT-PAI-" + UUID.randomUUID(), marie, Long.toString(addressChange)) + "]");
        Answer replay = api().post("api/v1/reimbursements/payments", "[" + payment(paid, marie, Long.toString(claim)) + "]");

        assertThat(report.status()).isEqualTo(200);
        assertThat(report.body()).contains("\"created\":2", "\"rejectedRecords\":4",
                "\"field\":\"claim\",\"index\":2,\"message\":\"La demande " + strangersClaim
                        + " n'est pas une facture envoyée en ligne par un adhérent titulaire de l'adhésion "
                        + marie.membership() + ".\"",
                "\"field\":\"claim\",\"index\":3,\"message\":\"La demande 999999999 n'est pas une facture",
                "\"field\":\"claim\",\"index\":4,\"message\":\"Identifiant de demande attendu : un nombre entier positif.\"",
                "\"field\":\"claim\",\"index\":5,\"message\":\"La demande " + addressChange + " n'est pas une facture");
        assertThat(replay.body()).as("the same claim again changes nothing").contains("\"unchanged\":1");
        TestMembers db = TestMembers.in(EmbeddedDatabase.dataSource());
        long paymentId = db.count("select id from reimb_payment where external_id = ?", paid);
        assertThat(db.count("select claim_request_id from reimb_payment where id = ?", paymentId)).isEqualTo(claim);

        WebClient member = client();
        member.login(marie.login(), PASSWORD);
        Page byClaim = member.get("reimbursements/payment.xhtml?claim=" + claim);
        assertThat(byClaim.status()).isEqualTo(200);
        assertThat(byClaim.html().select("#payment-title").text()).isEqualTo("Paiement - Marie LEROY");
        assertThat(byClaim.text()).contains("Date du paiement 12/03/2026");
        assertThat(byClaim.text()).contains("Facture envoyée en ligne demande n° " + claim);
        assertThat(byClaim.html().select("#claim-link").attr("href")).endsWith("/claims/claim.xhtml?id=" + claim);
        assertThat(member.get("reimbursements/payment.xhtml?id=" + paymentId).html().select("#claim-link").text())
                .isEqualTo("demande n° " + claim);
        long plainId = db.count("select id from reimb_payment where external_id = ?", plain);
        assertThat(member.get("reimbursements/payment.xhtml?id=" + plainId).html().select("#claim-link")).isEmpty();
        assertThat(member.get("reimbursements/payment.xhtml?claim=" + unpaidClaim).status()).as("not paid yet").isEqualTo(404);
        assertThat(member.get("reimbursements/payment.xhtml?claim=" + strangersClaim).status()).isEqualTo(404);
        assertThat(member.get("reimbursements/payment.xhtml?claim=abc").status()).isEqualTo(404);

        assertThat(ApiCalls.at(URI.create(base.toString()).resolve("/"), null, null).get("openapi").body())
                .contains("Facture envoyée en ligne que ce paiement règle");

        WebClient other = client();
        other.login(stranger.login(), PASSWORD);
        assertThat(other.get("reimbursements/payment.xhtml?claim=" + claim).status()).as("another member's claim").isEqualTo(404);
    }

    private Holder holder(String lastName) {
        TestMembers members = TestMembers.in(EmbeddedDatabase.dataSource());
        Created card = members.individual(lastName, "Marie", LocalDate.of(1982, 4, 17));
        String login = lastName.toLowerCase() + "-" + System.nanoTime() + "@example.fr";
        members.account(card.memberId(), login, PASSWORD);
        return new Holder(card, members.text("select external_id from membership where id = ?", card.membershipId()),
                members.text("select external_id from beneficiary where id = ?", card.beneficiaryId()), login);
    }

    /** A bill the member sent online, as the claims module records it: a request of Suivi for the management system. */
    private static long claimOf(Holder holder) {
        return requestOf(holder, "claims.claim");
    }

    private static long requestOf(Holder holder, String type) {
        return TestMembers.in(EmbeddedDatabase.dataSource()).count("""
                insert into member_request (member_id, membership_id, type_code, module_id, status, summary, for_management,
                                            created_at, updated_at, estimated_date)
                values (?, ?, ?, split_part(?, '.', 1), 'IN_PROGRESS', 'Facture de 60,00 €', true, now(), now(), current_date)
                returning id""", holder.card().memberId(), holder.card().membershipId(), type, type);
    }

    private static String payment(String id, Holder holder, String claim) {
        return "{\"externalId\":\"" + id + "\",\"membership\":\"" + holder.membership() + "\",\"paymentDate\":\"2026-03-12\","
                + "\"mode\":\"TRANSFER\",\"amount\":\"45.00\",\"payee\":\"MEMBER\""
                + (claim == null ? "" : ",\"claim\":" + claim)
                + ",\"lines\":[{\"beneficiary\":\"" + holder.self() + "\",\"actCode\":\"OST\",\"actLabel\":\"Ostéopathie\","
                + "\"careStart\":\"2026-03-02\",\"careEnd\":\"2026-03-02\",\"expense\":60.00,\"baseAmount\":0,"
                + "\"ssRate\":0,\"ssAmount\":0,\"mutualAmount\":45.00,\"guaranteeLabel\":\"Médecines douces\","
                + "\"guaranteeBasis\":\"AMOUNT\",\"guaranteeValue\":45}]}";
    }

    private ApiCalls api() {
        return ApiCalls.asClient(URI.create(base.toString()));
    }

    private WebClient client() {
        return new WebClient(URI.create(base.toString()));
    }
}
