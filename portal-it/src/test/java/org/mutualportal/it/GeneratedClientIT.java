package org.mutualportal.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;
import static org.awaitility.Awaitility.await;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mutualportal.core.testing.ApiCalls;
import org.mutualportal.it.client.ApiClient;
import org.mutualportal.it.client.ApiException;
import org.mutualportal.it.client.api.AdhrentsApi;
import org.mutualportal.it.client.api.AdhsionsApi;
import org.mutualportal.it.client.api.BnficiairesApi;
import org.mutualportal.it.client.api.DemandesApi;
import org.mutualportal.it.client.api.RemboursementsApi;
import org.mutualportal.it.client.model.BatchReport;
import org.mutualportal.it.client.model.Beneficiary;
import org.mutualportal.it.client.model.Member;
import org.mutualportal.it.client.model.MemberAddress;
import org.mutualportal.it.client.model.MemberRequest;
import org.mutualportal.it.client.model.Membership;
import org.mutualportal.it.client.model.Payment;
import org.mutualportal.it.client.model.PaymentLine;
import org.mutualportal.it.client.model.RequestFeedPage;
import org.mutualportal.it.client.model.RequestState;
import org.mutualportal.testing.Browser;
import org.mutualportal.testing.PortalServer;

/**
 * The management system as its developers will write it: with the Java client openapi-generator makes from the
 * checked-in contract (docs/api/openapi-v1.json, generated at generate-test-sources: see this module's POM), and
 * no hand-written HTTP. If this stops compiling or working, the contract changed or is wrong — fix the contract
 * (the resources' annotations), never the generated code.
 */
@ExtendWith(PortalServer.class)
class GeneratedClientIT {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    private static ApiClient client;

    @BeforeAll
    static void theDemoSystemClient() {
        client = new ApiClient();
        client.updateBaseUri(PortalServer.base().toString().replaceFirst("/$", ""));
        // The "native" library ignores the contract's HTTP Basic scheme: the credentials go in every request.
        String credentials = Base64.getEncoder().encodeToString(
                (ApiCalls.DEMO_CLIENT + ":" + ApiCalls.DEMO_SECRET).getBytes(StandardCharsets.UTF_8));
        client.setRequestInterceptor(request -> request.header("Authorization", "Basic " + credentials));
    }

    @Test
    void aMemberHerMembershipABeneficiaryAndAPaymentAreImportedThenReplayedUnchanged() throws ApiException {
        String run = Long.toString(Math.floorMod(System.nanoTime(), 100_000_000L));
        String number = "8" + String.format("%08d", Long.parseLong(run));
        LocalDate today = LocalDate.now(PARIS);
        List<Member> members = List.of(new Member().externalId("IT-GEN-ADH-" + run).lastName("Généré")
                .firstName("Inès").birthDate(LocalDate.of(1984, 6, 2)).email("ines.genere." + run + "@example.fr")
                .familySituation(Member.FamilySituationEnum.MARRIED)
                .address(new MemberAddress().line1("5 rue Paradis").postcode("13001").city("MARSEILLE").country("France")));
        List<Membership> memberships = List.of(new Membership().externalId("IT-GEN-ADS-" + run).member("IT-GEN-ADH-" + run)
                .membershipNumber(number).contractNumber("CT-" + number).offerCode("LAB-CONFORT")
                .offerLabel("Labellisée Confort").kind(Membership.KindEnum.INDIVIDUAL).state(Membership.StateEnum.OPEN)
                .startDate(LocalDate.of(2024, 1, 1)));
        List<Beneficiary> beneficiaries = List.of(new Beneficiary().externalId("IT-GEN-BEN-" + run)
                .membership("IT-GEN-ADS-" + run).lastName("Généré").firstName("Inès").birthDate(LocalDate.of(1984, 6, 2))
                .relationship(Beneficiary.RelationshipEnum.MEMBER).startDate(LocalDate.of(2024, 1, 1)));
        List<Payment> payments = List.of(new Payment().externalId("IT-GEN-PAI-" + run).membership("IT-GEN-ADS-" + run)
                .paymentDate(today).mode(Payment.ModeEnum.TRANSFER).amount(new BigDecimal("39.00"))
                .payee(Payment.PayeeEnum.MEMBER).lines(new ArrayList<>(List.of(new PaymentLine()
                        .beneficiary("IT-GEN-BEN-" + run).actCode("CS").actLabel("Consultation dermatologue")
                        .careStart(today.minusDays(10)).careEnd(today.minusDays(10)).expense(new BigDecimal("80.00"))
                        .baseAmount(new BigDecimal("30.00")).ssRate(new BigDecimal("70")).ssAmount(new BigDecimal("19.00"))
                        .ssDeductible(new BigDecimal("2.00")).mutualAmount(new BigDecimal("39.00"))
                        .guaranteeLabel("Consultations spécialistes").guaranteeBasis(PaymentLine.GuaranteeBasisEnum.PERCENT_OF_BASE)
                        .guaranteeValue(new BigDecimal("200"))))));

        assertCounts(new AdhrentsApi(client).importMembers(members, false), 1, 0);
        assertCounts(new AdhsionsApi(client).importMemberships(memberships, false), 1, 0);
        assertCounts(new BnficiairesApi(client).importBeneficiaries(beneficiaries, false), 1, 0);
        assertCounts(new RemboursementsApi(client).importPayments(payments, true), 1, 0);

        // What the portal stored is what was sent: the same batches again change nothing.
        assertCounts(new AdhrentsApi(client).importMembers(members, false), 0, 1);
        assertCounts(new AdhsionsApi(client).importMemberships(memberships, false), 0, 1);
        assertCounts(new BnficiairesApi(client).importBeneficiaries(beneficiaries, false), 0, 1);
        assertCounts(new RemboursementsApi(client).importPayments(payments, false), 0, 1);
    }

    /** A refused atomic batch is a 422 whose body is the batch report, read with the client's own mapper. */
    @Test
    void aRefusedAtomicBatchAnswersItsReport() throws Exception {
        List<Beneficiary> orphan = List.of(new Beneficiary().externalId("IT-GEN-ORPHAN").membership("IT-GEN-INCONNUE")
                .lastName("Orphelin").firstName("Léo").birthDate(LocalDate.of(2015, 3, 1))
                .relationship(Beneficiary.RelationshipEnum.CHILD).startDate(LocalDate.of(2015, 3, 1)));

        ApiException refused = catchThrowableOfType(ApiException.class,
                () -> new BnficiairesApi(client).importBeneficiaries(orphan, true));

        assertThat(refused.getCode()).isEqualTo(422);
        BatchReport report = client.getObjectMapper().readValue(refused.getResponseBody(), BatchReport.class);
        assertThat(report.getApplied()).isFalse();
        assertThat(report.getRejected()).extracting("index", "field").containsExactly(tuple(0, "membership"));
    }

    @Test
    void aRequestTheMemberSentIsReadFromTheFeedAndAcknowledged() throws ApiException {
        String firstName = "Gen" + (char) ('a' + new Random().nextInt(26)) + (char) ('a' + new Random().nextInt(26));
        sendAnEnrolmentAsTheDemoMember(firstName);
        DemandesApi requests = new DemandesApi(client);

        MemberRequest item = await("the enrolment in the feed").atMost(Duration.ofSeconds(20))
                .pollInterval(Duration.ofMillis(300)).until(() -> find(requests, firstName), Optional::isPresent).orElseThrow();
        assertThat(item.getType()).isEqualTo("contract.beneficiary.add");
        assertThat(item.getStatus()).isEqualTo(MemberRequest.StatusEnum.SENT);
        assertThat(item.getCreatedAt()).isNotNull();

        RequestState acknowledged = requests.acknowledgeRequest(item.getId());
        assertThat(acknowledged.getChanged()).isTrue();
        assertThat(requests.acknowledgeRequest(item.getId()).getChanged()).as("acknowledged again").isFalse();
        assertThat(find(requests, firstName)).as("out of the feed").isEmpty();
    }

    /** One full pass of the feed, page by page as the contract says, looking for the request that names him. */
    private static Optional<MemberRequest> find(DemandesApi requests, String firstName) throws ApiException {
        String after = null;
        for (int pages = 0; pages < 1_000; pages++) {
            RequestFeedPage page = requests.listRequests(after, 100);
            Optional<MemberRequest> found = page.getItems().stream()
                    .filter(item -> item.getSummary() != null && item.getSummary().contains(firstName)).findFirst();
            if (found.isPresent() || !Boolean.TRUE.equals(page.getMore())) {
                return found;
            }
            after = page.getNext();
        }
        throw new AssertionError("The feed never ends");
    }

    /** A request for the management system, the way members make them: enrolling a newborn from "Mon contrat". */
    private static void sendAnEnrolmentAsTheDemoMember(String firstName) {
        String born = LocalDate.now(PARIS).minusDays(5).format(DateTimeFormatter.ofPattern("dd/MM/yyyy"));
        try (Browser browser = Browser.open()) {
            browser.signIn(PortalServer.base(), "marie.leroy@example.fr", "Adherent#2026");
            browser.go(PortalServer.base().resolve("contract/index.xhtml"));
            browser.waitFor("a[id$='enrol']").click();
            browser.waitFor("form[id='enrol']");
            ContractBrowserIT.fillEnrolment(browser, firstName, born);
            browser.find("input[id='enrol:submit']").click();
            browser.waitForText("Votre demande d'inscription a bien été envoyée");
        }
    }

    private static void assertCounts(BatchReport report, int created, int unchanged) {
        assertThat(List.of(report.getReceived(), report.getCreated(), report.getUnchanged(), report.getRejectedRecords()))
                .as(report.toString()).containsExactly(1, created, unchanged, 0);
        assertThat(report.getApplied()).isTrue();
        assertThat(report.getRun()).isPositive();
    }
}
