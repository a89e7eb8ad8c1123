package org.mutualportal.contract.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.mutualportal.core.testing.TestMembers;
import org.mutualportal.core.testing.TestMembers.Created;
import org.mutualportal.testing.EmbeddedDatabase;
import org.mutualportal.testing.PortalDeployment;
import org.mutualportal.testing.PortalTest;
import org.mutualportal.testing.TestMailServer;
import org.mutualportal.testing.WebClient;
import org.mutualportal.testing.WebClient.Page;

/**
 * The contract module on Payara Micro with PostgreSQL and the demo catalogue: the widget and "Mon contrat",
 * contributions with their detail and paged history, each action with its rules (NIR, IBAN, dates), the
 * request it becomes and its e-mail, the collective-contract guard on every action (page and forged POST),
 * the table of guarantees read back from the PDF, and scoping of every page and download.
 */
@PortalTest
@RunAsClient
class ContractIT {

    private static final String PASSWORD = "Vacances-Ete2026";
    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final DateTimeFormatter FRENCH = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final byte[] PDF = "%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
    private static final String NBSP = "\u00A0";
    private static final String NNBSP = "\u202F";

    @Deployment
    static WebArchive deployment() {
        // The demo data brings the catalogue of offers the pages and the PDF need (and checks it loads).
        return PortalDeployment.module()
                .withClasses(TestMembers.class, TestMembers.Created.class)
                .withConfig("portal.demo-data", "true")
                .build();
    }

    @ArquillianResource
    URL base;

    private record Member(Created card, String login, String email, String nir) {
    }

    private static TestMembers db() {
        return TestMembers.in(EmbeddedDatabase.dataSource());
    }

    /** A member of an individual "Labellisée Confort" contract since 2020, born 17/05/1980, with their NIR known. */
    private static Member member(String lastName, String firstName) {
        Created card = db().individual(lastName, firstName, LocalDate.of(1980, 5, 17));
        String nir = nir("1800513055" + String.format("%03d", card.memberId() % 1000));
        db().execute("update beneficiary set nir = ? where id = ?", nir, card.beneficiaryId());
        String login = firstName.toLowerCase() + "-" + System.nanoTime() + "@example.fr";
        db().account(card.memberId(), login, PASSWORD);
        return new Member(card, login, db().text("select email from member where id = ?", card.memberId()), nir);
    }

    /** The 15-character NIR of 13 digits, with its key. */
    private static String nir(String first13) {
        return first13 + String.format("%02d", 97 - Long.parseLong(first13) % 97);
    }

    private static LocalDate today() {
        return LocalDate.now(PARIS);
    }

    private static String french(LocalDate date) {
        return date.format(FRENCH);
    }

    private WebClient signedIn(Member member) {
        WebClient browser = new WebClient(URI.create(base.toString()));
        browser.login(member.login(), PASSWORD);
        return browser;
    }

    private static String field(Page page, String id) {
        return page.html().select(".field:has([id='" + id + "']) .ui-message-error, .field:has([name='" + id + "']) .ui-message-error").text();
    }

    /** Chooses a membership in the header's selector. */
    private static void select(WebClient browser, long membershipId) {
        browser.follow(browser.get("home.xhtml").form("header").set("header:membership", Long.toString(membershipId))
                .submit("header:switch"));
    }

    private static long requests(Member member, String type) {
        return db().count("select count(*) from member_request where member_id = ? and type_code = ?", member.card().memberId(), type);
    }

    // --- Screens -------------------------------------------------------------------------------------------

    @Test
    void theDashboardWidgetAndMonContratShowTheContractAsTheGuideDoes() {
        Member lina = member("Garnier", "Lina");
        db().execute("""
                insert into beneficiary (external_id, membership_id, last_name, first_name, birth_date, relationship, start_date)
                values (?, ?, 'Garnier', 'Noa', '2015-02-03', 'CHILD', '2021-09-01')""", "T-B-NOA-" + lina.card().membershipId(),
                lina.card().membershipId());
        WebClient browser = signedIn(lina);

        Page home = browser.get("home.xhtml");
        assertThat(home.html().select("#contract-widget").text()).contains("N° contrat " + "CT-" + lina.card().membershipNumber(),
                "Depuis le 01/01/2020", "Offre Labellisée Confort", "État OUVERT", "Nombre de bénéficiaires 2");

        Page contract = browser.get("contract/index.xhtml");
        assertThat(contract.html().select("#details-title").text()).isEqualTo("Détails de votre contrat");
        assertThat(contract.html().select("#general").text()).contains("Numéro de contrat CT-" + lina.card().membershipNumber(),
                "Offre Labellisée Confort", "État OUVERT", "Date de souscription 01/01/2020", "Contrat individuel",
                "Souscripteur du contrat Lina GARNIER", "Adresse du souscripteur du contrat 1 rue de Test");
        assertThat(contract.html().select("#beneficiaries tbody tr")).hasSize(2);
        assertThat(contract.html().select("#beneficiaries tbody tr").get(1).text())
                .contains("Noa GARNIER", "Enfant", "CT-" + lina.card().membershipNumber(), "01/09/2021", "Modifier");
        assertThat(contract.html().select("#enrol, #guarantees, #terminate")).hasSize(3);
        assertThat(contract.html().select("#contributions-summary").text()).contains("Mode de règlement Non renseigné",
                "Aucune échéance à venir");
        Page change = browser.get("contract/change.xhtml");
        assertThat(change.html().select("#change-actions a")).hasSize(4);
        assertThat(change.html().select("#change-beneficiaries a").eachText()).containsExactly("Lina GARNIER", "Noa GARNIER");
    }

    @Test
    void contributionsShowTheNextDueDateItsDetailAndAHistoryPagedOnTheServer() {
        Member paul = member("Brun", "Paul");
        long membership = paul.card().membershipId();
        db().execute("""
                insert into contract_terms (membership_id, payment_mode, notice_frequency, debit_day, holder_name, iban, bic,
                                            mandate_reference, mandate_signed_on)
                values (?, 'DIRECT_DEBIT', 'MONTHLY', 10, 'Paul BRUN', 'FR7630004005120001012345678', 'BNPAFRPP', 'RUM-TEST-1', '2020-01-01')""",
                membership);
        LocalDate next = today().plusDays(8);
        for (int i = 1; i <= 14; i++) {
            contribution(membership, "P" + membership + "-" + i, next.minusMonths(i), i == 3 ? "UNPAID" : "PAID", "55.62");
        }
        long due = contribution(membership, "P" + membership + "-next", next, "DUE", "56.82");
        db().execute("""
                insert into contract_contribution_line (contribution_id, line_number, beneficiary_id, beneficiary_name, label, amount)
                values (?, 1, ?, 'Paul BRUN', 'Labellisée Confort', 55.62), (?, 2, ?, 'Paul BRUN', 'Assistance santé', 1.20)""",
                due, paul.card().beneficiaryId(), due, paul.card().beneficiaryId());
        WebClient browser = signedIn(paul);

        Page page = browser.get("contract/contributions.xhtml");
        assertThat(page.html().select("#payment").text()).contains("Prélèvement automatique", "Mensuelle", "le 10 du mois",
                "FR•• •••• •••• •••• •••• •••5 678", "RUM-TEST-1");
        assertThat(page.html().select("#next").text()).contains(french(next), "56,82" + " €");
        assertThat(page.html().select("#history tbody tr")).hasSize(12);
        assertThat(page.html().select("#history tbody tr").get(0).text()).contains(french(next), "À régler");
        assertThat(page.html().select("#history tbody tr").get(3).text()).contains("Impayée");
        assertThat(page.text()).contains("Page 1 sur 2");
        Page second = browser.get("contract/contributions.xhtml?page=2");
        assertThat(second.html().select("#history tbody tr")).hasSize(3);
        assertThat(browser.get("contract/contributions.xhtml?page=99").status()).isEqualTo(200);

        Page detail = browser.get(page.html().select("#next-detail").attr("href"));
        assertThat(detail.html().select("#lines tbody tr:not(.subtotal)")).hasSize(2);
        assertThat(detail.html().select("#lines tr.subtotal").text()).contains("Sous-total Paul BRUN", "56,82" + " €");
        assertThat(detail.html().select("#total").text()).isEqualTo("56,82" + " €");
    }

    private static long contribution(long membership, String externalId, LocalDate due, String status, String amount) {
        db().execute("""
                insert into contract_contribution (external_id, membership_id, due_date, period_start, period_end, amount, status, paid_on)
                values (?, ?, ?, ?, ?, ?, ?, ?)""", externalId, membership, due, due.withDayOfMonth(1),
                due.withDayOfMonth(1).plusMonths(1).minusDays(1), new BigDecimal(amount), status, "PAID".equals(status) ? due : null);
        return db().count("select id from contract_contribution where external_id = ?", externalId);
    }

    @Test
    void theDemoMembersContributionsAddUpBeneficiaryByBeneficiary() {
        WebClient browser = new WebClient(URI.create(base.toString()));
        browser.login("marie.leroy@example.fr", "Adherent#2026");

        Page page = browser.get("contract/contributions.xhtml");
        Page detail = browser.get(page.html().select("#next-detail").attr("href"));

        assertThat(detail.html().select("#lines tr.subtotal")).hasSize(4);
        BigDecimal sum = detail.html().select("#lines tbody tr:not(.subtotal) td.amount").stream()
                .map(Element::text).map(ContractIT::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
        assertThat(sum).isEqualByComparingTo(amount(detail.html().select("#total").text()));
        assertThat(page.text()).contains("Page 1 sur 3");
    }

    @Test
    void theAnnualStatementTotalsTheContributionsPaidInAYearAndNothingElse() throws IOException {
        Member nina = member("Blanc", "Nina");
        Member other = member("Noir", "Omar");
        int last = today().getYear() - 1;
        long ninaMembership = nina.card().membershipId();
        paid(ninaMembership, "A" + ninaMembership + "-1", LocalDate.of(last, 1, 5), "45.10");
        paid(ninaMembership, "A" + ninaMembership + "-2", LocalDate.of(last, 2, 5), "45.10");
        contribution(ninaMembership, "A" + ninaMembership + "-3", LocalDate.of(last, 3, 5), "UNPAID", "45.10");
        paid(ninaMembership, "A" + ninaMembership + "-4", LocalDate.of(last + 1, 1, 5), "47.00");
        paid(other.card().membershipId(), "A" + other.card().membershipId(), LocalDate.of(last, 6, 5), "999.00");
        WebClient browser = signedIn(nina);

        Page page = browser.get("contract/statements.xhtml");
        assertThat(page.html().select("#years tbody tr").eachText()).containsExactly(
                (last + 1) + " 1 47,00 € Télécharger le relevé " + (last + 1) + " (PDF)",
                last + " 2 90,20 € Télécharger le relevé " + last + " (PDF)");
        String text = pdfText(browser.bytes("contract/download/cotisations-" + last + ".pdf")).replaceAll("\\s+", " ");
        assertThat(text).contains("Relevé annuel de cotisations " + last, "Nina BLANC", "CT-" + nina.card().membershipNumber(),
                "pour un total de 90,20 €", "05/01/" + last, "05/02/" + last).doesNotContain("05/03/" + last, "999,00");
        assertThat(browser.get("contract/download/cotisations-" + (last - 5) + ".pdf").status()).isEqualTo(404);
        assertThat(browser.get("contract/download/cotisations-abcd.pdf").status()).isEqualTo(404);
        assertThat(pdfText(signedIn(other).bytes("contract/download/cotisations-" + last + ".pdf")))
                .contains("999,00").doesNotContain("Nina BLANC", "90,20");
    }

    private static void paid(long membership, String externalId, LocalDate due, String amount) {
        contribution(membership, externalId, due, "PAID", amount);
    }

    private static BigDecimal amount(String french) {
        return new BigDecimal(french.replaceAll("[\\s\u00A0\u202F€]", "").replace(",", "."));
    }

    // --- Enrolment -----------------------------------------------------------------------------------------

    @Test
    void aBeneficiaryIsEnrolledWithADocumentAsARequestConfirmedByEmail() throws Exception {
        Member eva = member("Lopez", "Eva");
        WebClient browser = signedIn(eva);
        LocalDate start = today().withDayOfMonth(1).plusMonths(1);

        Page sent = browser.follow(browser.get("contract/enrol.xhtml").form("enrol")
                .set("enrol:relationship", "CHILD").set("enrol:lastName", " Lopez ").set("enrol:firstName", "Inès")
                .set("enrol:birthDate", "02/04/2016").set("enrol:attachment", "MEMBER").set("enrol:startDate", french(start))
                .upload("enrol:submit", "enrol:documents", Map.of("livret-de-famille.pdf", PDF)));

        assertThat(sent.uri().getPath()).endsWith("/contract/index.xhtml");
        assertThat(sent.text()).contains("Votre demande d'inscription a bien été envoyée", "1 demande(s) en cours");
        assertThat(requests(eva, "contract.beneficiary.add")).isOne();
        String payload = db().text("select payload from member_request where member_id = ? and type_code = 'contract.beneficiary.add'",
                eva.card().memberId());
        assertThat(payload).contains("\"firstName\":\"Inès\"", "\"lastName\":\"Lopez\"", "\"attachment\":\"MEMBER\"",
                "\"insuredNir\":\"" + eva.nir() + "\"", "\"startDate\":\"" + start + "\"");
        assertThat(db().text("""
                select a.file_name from member_request_attachment a join member_request r on r.id = a.request_id
                where r.member_id = ?""", eva.card().memberId())).isEqualTo("livret-de-famille.pdf");
        MimeMessage mail = TestMailServer.awaitMessages(eva.email(), 1, Duration.ofSeconds(30)).get(0);
        assertThat(TestMailServer.subject(mail)).isEqualTo("Nous avons bien reçu votre demande");
        assertThat(TestMailServer.text(mail)).contains("« Inscription d'un bénéficiaire »").doesNotContain("Inès", eva.nir());
        assertThat(browser.get("contract/enrol.xhtml").html().select("#open-enrolment").text())
                .contains("Inscription de Inès LOPEZ (Enfant)");
    }

    @Test
    void enrolmentMistakesGetFrenchMessagesNextToTheFieldsAndRecordNothing() {
        Member hugo = member("Masson", "Hugo");
        WebClient browser = signedIn(hugo);
        WebClient.Form form = browser.get("contract/enrol.xhtml").form("enrol")
                .set("enrol:relationship", "SPOUSE").set("enrol:lastName", "Masson").set("enrol:firstName", "Léna")
                .set("enrol:birthDate", "12/02/1987").set("enrol:attachment", "OWN").set("enrol:nir", "2 87 02 13 055 432 00")
                .set("enrol:startDate", french(today().minusDays(2)));

        Page refused = form.upload("enrol:submit", "enrol:documents", Map.of("photo.exe", "MZ not a picture".getBytes(StandardCharsets.US_ASCII)));

        assertThat(field(refused, "enrol:nir")).contains("la clé (2 derniers chiffres) ne correspond pas");
        assertThat(field(refused, "enrol:startDate")).contains("La date d'effet doit être comprise entre le " + french(today()));
        assertThat(field(refused, "enrol:documents")).contains("« photo.exe » n'est pas accepté");
        Page badDate = browser.get("contract/enrol.xhtml").form("enrol").set("enrol:relationship", "CHILD")
                .set("enrol:lastName", "Masson").set("enrol:firstName", "Léo").set("enrol:birthDate", "31/02/2016")
                .set("enrol:attachment", "MEMBER").set("enrol:startDate", french(today()))
                .upload("enrol:submit", "enrol:documents", Map.of());
        assertThat(field(badDate, "enrol:birthDate")).contains("Date invalide");
        assertThat(requests(hugo, "contract.beneficiary.add")).isZero();
    }

    // --- Beneficiaries -------------------------------------------------------------------------------------

    @Test
    void aBeneficiarysDetailMasksTheNumberAndAChangeBecomesARequest() {
        Member rose = member("Fabre", "Rose");
        WebClient browser = signedIn(rose);

        Page detail = browser.get("contract/beneficiary.xhtml?id=" + rose.card().beneficiaryId());
        assertThat(detail.html().select("#complementary").text())
                .contains("••••••••••" + rose.nir().substring(10), "Son propre numéro de sécurité sociale")
                .doesNotContain(rose.nir());
        assertThat(detail.html().select("#coordinates").text()).contains("Même adresse que l'adhérent : 1 rue de Test");

        Page edit = browser.get(detail.html().select("#edit").attr("href"));
        Page wrong = edit.form("change").set("change:email", "rose@").set("change:mobile", "12").submit("change:save");
        assertThat(field(wrong, "change:email")).contains("Adresse e-mail invalide");
        assertThat(field(wrong, "change:mobile")).contains("Numéro de téléphone invalide");
        Page saved = browser.follow(browser.get(detail.html().select("#edit").attr("href")).form("change")
                .set("change:email", "rose.fabre@example.fr").set("change:mobile", "06 11 22 33 44").submit("change:save"));
        assertThat(saved.text()).contains("Votre demande de modification a bien été envoyée");
        assertThat(db().text("select payload from member_request where member_id = ? and type_code = 'contract.beneficiary.change'",
                rose.card().memberId())).contains("\"email\":\"rose.fabre@example.fr\"", "\"mobilePhone\":\"0611223344\"");
    }

    // --- Guarantees ----------------------------------------------------------------------------------------

    @Test
    void offersAreComparedSideBySideWithPricesAndOneChangeAtATimeIsRequested() {
        Member tom = member("Giraud", "Tom");
        WebClient browser = signedIn(tom);
        LocalDate effective = today().withDayOfMonth(1).plusMonths(1);

        Page page = browser.get("contract/guarantees.xhtml");
        assertThat(page.html().select("#effective").text()).contains("Date d'effet des nouvelles garanties : " + french(effective));
        assertThat(page.html().select("#offers li h3").eachText())
                .containsExactly("Labellisée Essentiel", "Labellisée Confort", "Labellisée Intégrale");
        int age = effective.getYear() - 1980;
        assertThat(age).isBetween(40, 49);
        assertThat(page.html().select("#offers li[data-offer=LAB-ESSENTIEL] .offer-price").text()).startsWith("41,20" + " €");
        assertThat(page.html().select("#offers li[data-offer=LAB-CONFORT]").text()).contains("Mon offre actuelle", "55,62" + " €");
        assertThat(page.html().select("#offers li[data-offer=LAB-INTEGRAL] .offer-price").text()).startsWith("74,16" + " €");

        Page unconfirmed = page.form("change").set("change:offer", "LAB-INTEGRAL").submit("change:submit");
        assertThat(unconfirmed.html().select(".checkbox-field .ui-message-error").text()).contains("Cochez la case");
        Page forged = page.form("change").set("change:offer", "COL-ENTREPRISE").set("change:confirmed", "true").submit("change:submit");
        assertThat(field(forged, "change:offer")).as("an offer that was not offered").isNotEmpty();
        Page sent = browser.follow(page.form("change").set("change:offer", "LAB-INTEGRAL").set("change:confirmed", "true")
                .submit("change:submit"));
        assertThat(sent.text()).contains("Votre demande d'évolution de garanties a bien été envoyée");
        assertThat(db().text("select payload from member_request where member_id = ? and type_code = 'contract.guarantees'",
                tom.card().memberId())).contains("\"toOffer\":\"LAB-INTEGRAL\"", "\"effectiveDate\":\"" + effective + "\"",
                "\"monthlyPrice\":74.16");

        Page again = browser.get("contract/guarantees.xhtml");
        assertThat(again.html().select("#open-change").text()).contains("Labellisée Confort", "Labellisée Intégrale");
        Page twice = again.form("change").set("change:offer", "LAB-ESSENTIEL").set("change:confirmed", "true").submit("change:submit");
        assertThat(twice.text()).contains("Une demande d'évolution de vos garanties est déjà en cours");
        assertThat(requests(tom, "contract.guarantees")).isOne();
    }

    // --- Termination ---------------------------------------------------------------------------------------

    @Test
    void aTerminationGivesTheLegalDateNeedsProofForAChangeOfSituationAndAConfirmation() {
        Member ines = member("Roche", "Inès");
        WebClient browser = signedIn(ines);
        LocalDate effective = today().plusMonths(1);

        Page page = browser.get("contract/terminate.xhtml");
        assertThat(page.html().select("#legal").text()).contains("à tout moment", "un mois après la réception");
        assertThat(page.html().select("#reasons tr[data-reason=PERSONAL] .effective").text()).isEqualTo(french(effective));
        Page noProof = page.form("terminate").set("terminate:reason", "SOLIDARITY").set("terminate:confirmed", "true")
                .upload("terminate:submit", "terminate:proofs", Map.of());
        assertThat(field(noProof, "terminate:proofs")).contains("Ce motif nécessite un justificatif");
        Page unconfirmed = page.form("terminate").set("terminate:reason", "PERSONAL")
                .upload("terminate:submit", "terminate:proofs", Map.of());
        assertThat(unconfirmed.text()).contains("Cochez la case pour confirmer la résiliation");
        assertThat(requests(ines, "contract.termination")).isZero();

        Page sent = browser.follow(page.form("terminate").set("terminate:reason", "PERSONAL").set("terminate:confirmed", "true")
                .set("terminate:comment", "Je pars chez la mutuelle de mon conjoint.")
                .upload("terminate:submit", "terminate:proofs", Map.of()));

        assertThat(sent.text()).contains("votre contrat prendra fin le " + french(effective));
        assertThat(db().text("select payload from member_request where member_id = ? and type_code = 'contract.termination'",
                ines.card().memberId())).contains("\"reason\":\"PERSONAL\"", "\"effectiveDate\":\"" + effective + "\"");
        assertThat(db().text("select details from member_request where member_id = ? and type_code = 'contract.termination'",
                ines.card().memberId())).contains("Je pars chez la mutuelle de mon conjoint.");
        assertThat(browser.get("contract/terminate.xhtml").html().select("#open-termination").text())
                .contains("Résiliation du contrat CT-" + ines.card().membershipNumber());
    }

    // --- Payment mode --------------------------------------------------------------------------------------

    @Test
    void aDirectDebitNeedsAValidIbanTheMandateAndThePasswordAndStaysPendingUntilApplied() {
        Member leo = member("Picard", "Léo");
        WebClient browser = signedIn(leo);
        WebClient.Form form = browser.get("contract/payment-mode.xhtml").form("payment");

        Page wrong = form.set("payment:mode", "DIRECT_DEBIT").set("payment:frequency", "MONTHLY").set("payment:debitDay", "5")
                .set("payment:holder", "Léo PICARD").set("payment:iban", "FR76 3000 4005 1200 0101 2345 679")
                .set("payment:bic", "BNPAFRPP").set("payment:password", "pas-le-bon").submit("payment:submit");
        assertThat(field(wrong, "payment:iban")).contains("la clé de contrôle ne correspond pas");
        assertThat(wrong.html().select(".checkbox-field .ui-message-error").text()).contains("accepter le mandat");
        assertThat(field(wrong, "payment:password")).contains("Mot de passe incorrect");
        Page cheque = browser.get("contract/payment-mode.xhtml").form("payment").set("payment:mode", "CHEQUE")
                .set("payment:frequency", "MONTHLY").set("payment:password", PASSWORD).submit("payment:submit");
        assertThat(field(cheque, "payment:frequency")).contains("n'est possible qu'avec le prélèvement");
        assertThat(requests(leo, "contract.payment-mode")).isZero();

        Page sent = browser.follow(browser.get("contract/payment-mode.xhtml").form("payment").set("payment:mode", "DIRECT_DEBIT")
                .set("payment:frequency", "MONTHLY").set("payment:debitDay", "10").set("payment:holder", "Léo PICARD")
                .set("payment:iban", "fr76 3000 4005 1200 0101 2345 678").set("payment:bic", "bnpafrpp")
                .set("payment:mandate", "true").set("payment:password", PASSWORD).submit("payment:submit"));

        assertThat(sent.uri().getPath()).endsWith("/contract/contributions.xhtml");
        assertThat(sent.html().select("#pending").text()).contains("en cours de traitement");
        String payload = db().text("select payload from member_request where member_id = ? and type_code = 'contract.payment-mode'",
                leo.card().memberId());
        assertThat(payload).contains("\"iban\":\"FR7630004005120001012345678\"", "\"bic\":\"BNPAFRPP\"", "\"debitDay\":10",
                "\"mandateReference\":\"RUM-" + leo.card().membershipNumber() + "-");
        assertThat(db().count("select pending_request_id from contract_terms where membership_id = ?", leo.card().membershipId()))
                .isEqualTo(db().count("select id from member_request where member_id = ? and type_code = 'contract.payment-mode'",
                        leo.card().memberId()));
    }

    @Test
    void aForgedPaymentModeChangeLeavingOutThePasswordIsRefused() {
        Member lou = member("Masson", "Lou");
        WebClient browser = signedIn(lou);

        Page forged = browser.get("contract/payment-mode.xhtml").form("payment").set("payment:mode", "CHEQUE")
                .set("payment:frequency", "YEARLY").remove("payment:password").submit("payment:submit");

        assertThat(forged.status()).isEqualTo(200);
        assertThat(field(forged, "payment:password")).contains("Mot de passe incorrect");
        assertThat(requests(lou, "contract.payment-mode")).isZero();
    }

    // --- Coverage documents --------------------------------------------------------------------------------

    @Test
    void theTableOfGuaranteesIsAPdfInTheAgreedLayoutWithExamplesInEuros() throws IOException {
        Member ada = member("Lambert", "Ada");
        WebClient browser = signedIn(ada);

        Page coverage = browser.get("contract/coverage.xhtml");
        assertThat(coverage.html().select("table.guarantee-table caption").eachText())
                .containsExactly("Hospitalisation", "Soins courants", "Aides auditives", "Dentaire", "Optique", "Autres garanties");
        assertThat(coverage.html().select("#examples tbody tr").first().text())
                .contains("Chambre particulière", "80,00" + " €", "60,00" + " €", "20,00" + " €");

        Page download = browser.get("contract/download/tableau-des-garanties.pdf");
        assertThat(download.header("Content-Type")).startsWith("application/pdf");
        assertThat(download.header("Content-Disposition")).isEqualTo("attachment; filename=\"tableau-des-garanties-lab-confort.pdf\"");
        String text = pdfText(browser.bytes("contract/download/tableau-des-garanties.pdf"));
        assertThat(text).contains("Tableau des garanties", "Labellisée Confort", "Ada LAMBERT", "Contrat n° CT-" + ada.card().membershipNumber(),
                "Hospitalisation", "Soins courants", "Aides auditives", "Dentaire", "Optique", "100 % Santé",
                "Exemples de remboursement en euros", "471,70", "Reste à charge", "Contrat responsable");
        assertThat(text.indexOf("Hospitalisation")).isLessThan(text.indexOf("Soins courants"));
        assertThat(text.indexOf("Aides auditives")).isLessThan(text.indexOf("Dentaire"));
        assertThat(text.indexOf("Dentaire")).isLessThan(text.indexOf("Optique"));

        String other = pdfText(browser.bytes("contract/download/tableau-des-garanties.pdf?offre=LAB-INTEGRAL"));
        assertThat(other).contains("Labellisée Intégrale").doesNotContain("Ada LAMBERT");
    }

    private static String pdfText(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document).replace(NBSP, " ").replace(NNBSP, " ");
        }
    }

    // --- Scoping and the collective-contract guard ---------------------------------------------------------

    @Test
    void anotherMembersBeneficiaryContributionOrOfferAnswers404() {
        Member owner = member("Marty", "Jules");
        long contribution = contribution(owner.card().membershipId(), "S" + owner.card().membershipId(), today().plusDays(3), "DUE", "10.00");
        Member intruder = member("Rey", "Zoé");
        WebClient browser = signedIn(intruder);

        assertThat(browser.get("contract/beneficiary.xhtml?id=" + owner.card().beneficiaryId()).status()).isEqualTo(404);
        assertThat(browser.get("contract/beneficiary-edit.xhtml?id=" + owner.card().beneficiaryId()).status()).isEqualTo(404);
        assertThat(browser.get("contract/contribution.xhtml?id=" + contribution).status()).isEqualTo(404);
        assertThat(browser.get("contract/beneficiary.xhtml?id=abc").status()).isEqualTo(404);
        assertThat(browser.get("contract/contribution.xhtml").status()).isEqualTo(404);
        assertThat(browser.get("contract/coverage.xhtml?offre=COL-ENTREPRISE").status()).as("a collective offer").isEqualTo(404);
        assertThat(browser.get("contract/coverage.xhtml?offre=RENFORT-HOSPI").status()).as("not open to change").isEqualTo(404);
        assertThat(browser.get("contract/download/tableau-des-garanties.pdf?offre=COL-ENTREPRISE").status()).isEqualTo(404);
        assertThat(browser.get("contract/download/tableau-des-garanties.pdf?offre=../../x").status()).isEqualTo(404);
        assertThat(browser.get("contract/download/autre.pdf").status()).isEqualTo(404);
        assertThat(browser.get("contract/beneficiary.xhtml?id=" + intruder.card().beneficiaryId()).status()).isEqualTo(200);
    }

    @Test
    void aCollectiveContractSendsEveryActionToTheEmployerPage() {
        Created card = db().collective("Benoit", "Sami", LocalDate.of(1984, 7, 30), "Transports Phocéens SA");
        String login = "sami-" + System.nanoTime() + "@example.fr";
        db().account(card.memberId(), login, PASSWORD);
        WebClient browser = new WebClient(URI.create(base.toString()));
        browser.login(login, PASSWORD);

        Page contract = browser.get("contract/index.xhtml");
        assertThat(contract.html().select("#enrol, #guarantees, #terminate")).isEmpty();
        assertThat(contract.text()).contains("solliciter votre employeur, Transports Phocéens SA");
        for (String page : List.of("change.xhtml", "enrol.xhtml", "guarantees.xhtml", "terminate.xhtml", "payment-mode.xhtml",
                "beneficiary-edit.xhtml?id=" + card.beneficiaryId())) {
            Page answer = browser.get("contract/" + page);
            assertThat(answer.isRedirect()).as(page).isTrue();
            assertThat(answer.location()).as(page).endsWith("/employer-managed.xhtml");
        }
        assertThat(browser.get("contract/beneficiary.xhtml?id=" + card.beneficiaryId()).status()).as("reading stays open").isEqualTo(200);
    }

    @Test
    void aFormOpenedOnAnIndividualContractCannotBePostedOnceTheCollectiveOneIsSelected() {
        Member karim = member("Haddad", "Karim");
        long collective = db().addMembership(karim.card().memberId(), "COLLECTIVE", "Transports Phocéens SA");
        WebClient browser = signedIn(karim);
        select(browser, karim.card().membershipId());
        WebClient.Form enrol = browser.get("contract/enrol.xhtml").form("enrol")
                .set("enrol:relationship", "CHILD").set("enrol:lastName", "Haddad").set("enrol:firstName", "Lina")
                .set("enrol:birthDate", "02/04/2016").set("enrol:attachment", "OWN").set("enrol:nir", nir("2160413055123"))
                .set("enrol:startDate", french(today().withDayOfMonth(1).plusMonths(1)));
        WebClient.Form terminate = browser.get("contract/terminate.xhtml").form("terminate")
                .set("terminate:reason", "PERSONAL").set("terminate:confirmed", "true");
        select(browser, collective);

        Page refused = enrol.upload("enrol:submit", "enrol:documents", Map.of());
        Page refusedToo = terminate.upload("terminate:submit", "terminate:proofs", Map.of());

        assertThat(refused.location()).endsWith("/employer-managed.xhtml");
        assertThat(refusedToo.location()).endsWith("/employer-managed.xhtml");
        assertThat(db().count("select count(*) from member_request where member_id = ?", karim.card().memberId())).isZero();
    }
}
