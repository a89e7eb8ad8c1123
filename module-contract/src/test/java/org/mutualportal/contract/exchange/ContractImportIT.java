package org.mutualportal.contract.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mutualportal.core.testing.ApiCalls.assertReport;
import static org.mutualportal.core.testing.ApiCalls.rejections;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.net.URL;
import java.time.LocalDate;
import java.util.UUID;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.mutualportal.core.testing.ApiCalls;
import org.mutualportal.core.testing.ApiCalls.Answer;
import org.mutualportal.core.testing.TestMembers;
import org.mutualportal.core.testing.TestMembers.Created;
import org.mutualportal.testing.PortalDeployment;
import org.mutualportal.testing.PortalTest;

/**
 * The contract module's imports on Payara Micro with PostgreSQL, called over HTTP with the system client's
 * credentials: offers with their guarantee tables, contract terms and contributions — create, update, replay,
 * invalid records, atomic batches — and their place in the OpenAPI document.
 */
@PortalTest
class ContractImportIT {


    @Deployment
    static WebArchive deployment() {
        return PortalDeployment.module()
                .withClasses(TestMembers.class, TestMembers.Created.class, ApiCalls.class, ApiCalls.Answer.class)
                .withConfig("portal.api.clients", ApiCalls.clientsConfig())
                .build();
    }

    @ArquillianResource
    URL base;

    @Inject
    HttpServletRequest request;

    @Resource(lookup = "java:app/jdbc/portal")
    DataSource portalDatabase;

    // --- Offers --------------------------------------------------------------------------------------------

    @Test
    void offersAreCreatedReplayedAndReplacedWithTheirGuaranteeTables() {
        String code = "IT-" + UUID.randomUUID().toString().substring(0, 8);
        String offer = offer(code, "150 % BR");

        JsonObject created = post("offers", "[" + offer + "]").object();
        JsonObject replay = post("offers", "[" + offer + "]").object();
        JsonObject changed = post("offers", "[" + offer(code, "200 % BR") + "]").object();

        assertReport(created, 1, 1, 0, 0, 0);
        assertReport(replay, 1, 0, 0, 1, 0);
        assertReport(changed, 1, 0, 1, 0, 0);
        assertThat(db().text("select coverage from contract_guarantee where offer_code = ? and position = 1", code))
                .isEqualTo("200 % BR");
        assertThat(db().count("select count(*) from contract_guarantee where offer_code = ?", code)).isEqualTo(2);
        assertThat(db().text("select monthly_amount from contract_price where offer_code = ? and min_age = 20", code))
                .isEqualTo("48.50");
        assertThat(db().count("select count(*) from contract_example where offer_code = ?", code)).isOne();
    }

    @Test
    void invalidOffersAreRefusedByIndexAndField() {
        String code = "IT-" + UUID.randomUUID().toString().substring(0, 8);
        String broken = "{\"code\":\"" + code + "\",\"label\":\"Cassée\",\"kind\":\"INDIVIDUAL\",\"rank\":1,"
                + "\"guarantees\":[{\"category\":\"OPTIQUE\",\"position\":1,\"label\":\"Verres\",\"coverage\":\"100 €\"},"
                + "{\"category\":\"OPTIQUE\",\"position\":1,\"label\":\"Montures\",\"coverage\":\"50 €\"}],"
                + "\"examples\":[{\"position\":1,\"label\":\"Lunettes\",\"expense\":100,\"ssAmount\":60,\"mutualAmount\":50}],"
                + "\"prices\":[{\"minAge\":30,\"maxAge\":20,\"monthlyAmount\":12.5}]}";

        JsonObject report = post("offers", "[" + broken + "]").object();

        assertReport(report, 1, 0, 0, 0, 1);
        assertThat(rejections(report)).containsExactlyInAnyOrder(
                "0|guarantees[1].position|Position 1 déjà prise dans cette rubrique.",
                "0|examples[0].mutualAmount|Sécurité sociale et mutuelle remboursent plus que la dépense.",
                "0|prices[0].maxAge|L'âge maximal précède l'âge minimal.");
        assertThat(db().count("select count(*) from contract_offer where code = ?", code)).isZero();
    }

    // --- Terms ---------------------------------------------------------------------------------------------

    @Test
    void termsFollowTheMembershipAndKeepBankDetailsForADirectDebitOnly() {
        Created member = db().individual("Girard", "Ana", LocalDate.of(1981, 1, 1));
        String membership = db().text("select external_id from membership where id = ?", member.membershipId());
        String debit = terms(membership, "DIRECT_DEBIT", "FR76 3000 4005 1200 0101 2345 678");

        JsonObject created = post("terms", "[" + debit + "]").object();
        long version = db().count("select version from contract_terms where membership_id = ?", member.membershipId());
        JsonObject replay = post("terms", "[" + debit + "]").object();
        long versionAfterReplay = db().count("select version from contract_terms where membership_id = ?",
                member.membershipId());
        JsonObject cheque = post("terms", "[" + terms(membership, "CHEQUE", "FR7630004005120001012345678") + "]").object();
        JsonObject invalid = post("terms", "[" + terms(membership, "DIRECT_DEBIT", "FR7630004005120001012345679") + ","
                + terms("IT-ADS-UNKNOWN", "CHEQUE", null) + "]").object();

        assertReport(created, 1, 1, 0, 0, 0);
        assertReport(replay, 1, 0, 0, 1, 0);
        assertThat(versionAfterReplay).as("a replay rewrites nothing").isEqualTo(version);
        assertReport(cheque, 1, 0, 1, 0, 0);
        assertThat(db().text("select payment_mode || '|' || coalesce(iban, 'none') from contract_terms where membership_id = ?",
                member.membershipId())).isEqualTo("CHEQUE|none");
        assertThat(rejections(invalid)).containsExactly(
                "0|iban|IBAN invalide : vérifiez les caractères saisis (la clé de contrôle ne correspond pas).",
                "1|membership|Adhésion inconnue : IT-ADS-UNKNOWN.");
    }

    // --- Contributions -------------------------------------------------------------------------------------

    @Test
    void contributionsAreUpsertedWithTheirBreakdownAndRefusedWhenInconsistent() {
        Created member = db().individual("Hamon", "Eva", LocalDate.of(1975, 4, 4));
        String membership = db().text("select external_id from membership where id = ?", member.membershipId());
        String self = db().text("select external_id from beneficiary where id = ?", member.beneficiaryId());
        String id = "IT-COT-" + UUID.randomUUID();
        String due = contribution(id, membership, self, "DUE", null);

        JsonObject created = post("contributions", "[" + due + "]").object();
        long rowId = db().count("select id from contract_contribution where external_id = ?", id);
        JsonObject replay = post("contributions", "[" + due + "]").object();
        JsonObject paid = post("contributions", "[" + contribution(id, membership, self, "PAID", "2026-03-05") + "]").object();
        Answer invalid = post("contributions", "["
                + contribution("IT-COT-" + UUID.randomUUID(), membership, self, "PAID", null) + ","
                + contribution("IT-COT-" + UUID.randomUUID(), membership, self, "DUE", null).replace("\"amount\":71.30,", "") + "]");
        String atomicId = "IT-COT-" + UUID.randomUUID();
        Answer atomic = ApiCalls.from(request).post("api/v1/contract/contributions?atomic=true", "["
                + contribution(atomicId, membership, self, "DUE", null) + ","
                + contribution("IT-COT-" + UUID.randomUUID(), "IT-ADS-UNKNOWN", self, "DUE", null) + "]");

        assertReport(created, 1, 1, 0, 0, 0);
        assertThat(db().count("select count(*) from contract_contribution_line where contribution_id = ?", rowId)).isEqualTo(2);
        assertThat(db().text("select beneficiary_name from contract_contribution_line where contribution_id = ? "
                + "and line_number = 1", rowId)).isEqualTo("Eva HAMON");
        assertReport(replay, 1, 0, 0, 1, 0);
        assertReport(paid, 1, 0, 1, 0, 0);
        assertThat(db().text("select status || '|' || paid_on from contract_contribution where id = ?", rowId))
                .isEqualTo("PAID|2026-03-05");
        assertThat(rejections(invalid.object())).contains(
                "0|paidOn|Date de paiement obligatoire pour une cotisation payée.",
                "1|lines[0].amount|Champ obligatoire.");
        assertThat(atomic.status()).isEqualTo(422);
        assertThat(db().count("select count(*) from contract_contribution where external_id = ?", atomicId)).isZero();
    }

    @Test
    @RunAsClient
    void theContractResourcesAreProtectedAndDocumented() throws Exception {
        Answer anonymous = ApiCalls.at(URI.create(base.toString()), null, null).post("api/v1/contract/offers", "[]");
        Answer client = ApiCalls.asClient(URI.create(base.toString())).post("api/v1/contract/terms", "[]");
        Answer openapi = ApiCalls.at(URI.create(base.toString()).resolve("/"), null, null).get("openapi");

        assertThat(anonymous.status()).isEqualTo(401);
        assertThat(client.status()).isEqualTo(200);
        assertThat(client.body()).contains("\"received\":0");
        assertThat(openapi.body()).contains("/api/v1/contract/offers", "/api/v1/contract/terms",
                "/api/v1/contract/contributions", "/api/v1/members", "OfferGuarantee", "ContributionLine");
    }

    // --- helpers -------------------------------------------------------------------------------------------

    private TestMembers db() {
        return TestMembers.in(portalDatabase);
    }

    private static String offer(String code, String coverage) {
        return "{\"code\":\"" + code + "\",\"label\":\"Offre d'essai\",\"kind\":\"INDIVIDUAL\",\"tagline\":\"Pour tester\","
                + "\"rank\":7,\"guarantees\":["
                + "{\"category\":\"SOINS_COURANTS\",\"position\":1,\"label\":\"Consultations\",\"coverage\":\"" + coverage + "\"},"
                + "{\"category\":\"OPTIQUE\",\"position\":2,\"label\":\"Lunettes 100 % Santé\",\"coverage\":\"Frais réels\","
                + "\"fullCoverageBasket\":true}],"
                + "\"examples\":[{\"position\":1,\"label\":\"Consultation à 30 €\",\"expense\":\"30.00\",\"ssAmount\":\"19.00\","
                + "\"mutualAmount\":\"9.00\"}],"
                + "\"prices\":[{\"minAge\":0,\"maxAge\":19,\"monthlyAmount\":24.9},{\"minAge\":20,\"maxAge\":120,"
                + "\"monthlyAmount\":48.5}]}";
    }

    private static String terms(String membership, String mode, String iban) {
        return "{\"membership\":\"" + membership + "\",\"subscriberName\":\"Ana GIRARD\",\"guaranteesSince\":\"2024-01-01\","
                + "\"paymentMode\":\"" + mode + "\",\"noticeFrequency\":\"MONTHLY\",\"debitDay\":5,\"holderName\":\"Ana GIRARD\","
                + (iban == null ? "" : "\"iban\":\"" + iban + "\",\"bic\":\"BNPAFRPP\",")
                + "\"mandateReference\":\"MMM-1-20240101\",\"mandateSignedOn\":\"2024-01-01\"}";
    }

    private static String contribution(String id, String membership, String beneficiary, String status, String paidOn) {
        return "{\"externalId\":\"" + id + "\",\"membership\":\"" + membership + "\",\"dueDate\":\"2026-03-05\","
                + "\"periodStart\":\"2026-03-01\",\"periodEnd\":\"2026-03-31\",\"amount\":142.60,\"status\":\"" + status + "\","
                + (paidOn == null ? "" : "\"paidOn\":\"" + paidOn + "\",") + "\"paymentMode\":\"DIRECT_DEBIT\","
                + "\"lines\":[{\"beneficiary\":\"" + beneficiary + "\",\"amount\":71.30,\"label\":\"Labellisée Confort — adulte\"},"
                + "{\"beneficiaryName\":\"Léo HAMON\",\"label\":\"Labellisée Confort — enfant\",\"amount\":71.30}]}";
    }

    private Answer post(String resource, String json) {
        return ApiCalls.from(request).post("api/v1/contract/" + resource, json);
    }

}
