package org.mutualportal.reimbursements.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.transaction.UserTransaction;
import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Set;
import javax.sql.DataSource;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.mutualportal.core.member.SignedInUser;
import org.mutualportal.core.testing.ShiftedClock;
import org.mutualportal.core.testing.TestMembers;
import org.mutualportal.core.testing.TestMembers.Created;
import org.mutualportal.reimbursements.notification.NewPaymentNotifications;
import org.mutualportal.reimbursements.payment.Payee;
import org.mutualportal.reimbursements.payment.PaymentCriteria;
import org.mutualportal.reimbursements.payment.PaymentSummary;
import org.mutualportal.reimbursements.payment.Payments;
import org.mutualportal.testing.EmbeddedDatabase;
import org.mutualportal.testing.PortalDeployment;
import org.mutualportal.testing.PortalTest;
import org.mutualportal.testing.TestMailServer;
import org.mutualportal.testing.WebClient;
import org.mutualportal.testing.WebClient.Page;

/**
 * The reimbursements module on Payara Micro with PostgreSQL: the dashboard widget, the detail, searches with
 * their boundaries, the PDF and CSV read back, the RIB, the notification e-mail, and scoping of every page
 * and download. Payments are written to the database as the management system's import writes them.
 */
@PortalTest
class ReimbursementsIT {

    private static final String PASSWORD = "Vacances-Ete2026";
    private static final String NBSP = "\u00A0";
    private static final String NNBSP = "\u202F";

    @Deployment
    static WebArchive deployment() {
        return PortalDeployment.module()
                .withClasses(ShiftedClock.class, TestMembers.class, TestMembers.Created.class, TestPayments.class)
                .build();
    }

    @ArquillianResource
    URL base;

    @Resource(lookup = "java:app/jdbc/portal")
    DataSource portalDatabase;

    @Inject
    HttpServletRequest request;

    @Inject
    Payments payments;

    @Inject
    NewPaymentNotifications notifications;

    @Resource
    UserTransaction transaction;

    /** A member with an account and a few payments of their own. */
    private record Fixture(Created member, String login, long latest, long older, long professional) {
    }

    private static Fixture member(String lastName, String firstName) {
        TestMembers members = TestMembers.in(EmbeddedDatabase.dataSource());
        TestPayments paid = new TestPayments(EmbeddedDatabase.dataSource());
        Created member = members.individual(lastName, firstName, LocalDate.of(1980, 5, 17));
        String login = firstName.toLowerCase() + "-" + System.nanoTime() + "@example.fr";
        members.account(member.memberId(), login, PASSWORD);
        LocalDate today = LocalDate.now(ZoneId.of("Europe/Paris"));
        String name = firstName + " " + lastName.toUpperCase();
        long older = paid.consultation(member.memberId(), member.membershipId(), member.beneficiaryId(), name,
                today.minusDays(40), today.minusDays(45), "MEMBER", null);
        long professional = paid.consultation(member.memberId(), member.membershipId(), member.beneficiaryId(), name,
                today.minusDays(20), today.minusDays(25), "PROFESSIONAL", "Pharmacie du Vieux-Port");
        long latest = paid.payment(member.memberId(), member.membershipId(), today.minusDays(5), "TRANSFER", "1459.00", "MEMBER", null);
        paid.line(latest, 1, member.beneficiaryId(), name, "Consultation dermatologue (secteur 2)", today.minusDays(12),
                today.minusDays(12), "80.00", "30.00", "70", "19.00", "2.00", "39.00", "Consultations spécialistes",
                "PERCENT_OF_BASE", "200");
        paid.line(latest, 2, member.beneficiaryId(), name, "Aides auditives 100 % Santé (2 oreilles)", today.minusDays(10),
                today.minusDays(10), "1900.00", "800.00", "60", "480.00", "0", "1420.00", "Aides auditives 100 % Santé",
                "FULL_COVERAGE_BASKET", null);
        return new Fixture(member, login, latest, older, professional);
    }

    // --- Screens -------------------------------------------------------------------------------------------

    @Test
    @RunAsClient
    void theDashboardShowsTheThreeLastPaymentsEachOpeningItsDetail() {
        Fixture lucie = member("Perrin", "Lucie");
        WebClient browser = client();

        Page home = browser.login(lucie.login(), PASSWORD);

        var bubbles = home.html().select("#last-payments a");
        assertThat(bubbles).hasSize(2).as("payments to professionals are not the member's reimbursements");
        assertThat(raw(bubbles.get(0))).isEqualTo("1" + NNBSP + "459,00" + NBSP + "€ Payé le "
                + LocalDate.now(ZoneId.of("Europe/Paris")).minusDays(5).format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy")));
        assertThat(raw(browser.open(bubbles.get(0).attr("href")).html().selectFirst("#total-mutual")))
                .isEqualTo("1" + NNBSP + "459,00" + NBSP + "€");
    }

    @Test
    @RunAsClient
    void theDetailShowsTheGuidesTableWithTotalsAndExplainsEachAmount() {
        Fixture noe = member("Marchand", "Noé");
        WebClient browser = client();
        browser.login(noe.login(), PASSWORD);

        Page detail = browser.get("reimbursements/payment.xhtml?id=" + noe.latest());

        assertThat(detail.status()).isEqualTo(200);
        assertThat(detail.html().select("#payment-title").text()).isEqualTo("Paiement - Noé MARCHAND");
        assertThat(detail.html().select("#lines thead tr").get(0).select("th").eachText()).containsExactly("Prestations",
                "Date des soins", "Dépenses", "S. Sociale", "Mutuelle", "Total", "Reste à charge");
        assertThat(detail.html().select("#lines thead tr").get(1).select("th").eachText())
                .containsExactly("Type de prestation", "Début", "Fin", "Coût de la prestation");
        assertThat(detail.html().select("#lines tbody tr")).hasSize(2);
        assertThat(raw(detail.html().selectFirst("#total-expense"))).isEqualTo("1" + NNBSP + "980,00" + NBSP + "€");
        assertThat(raw(detail.html().selectFirst("#total-ss"))).isEqualTo("499,00" + NBSP + "€");
        assertThat(raw(detail.html().selectFirst("#total-mutual"))).isEqualTo("1" + NNBSP + "459,00" + NBSP + "€");
        assertThat(raw(detail.html().selectFirst("#total"))).isEqualTo("1" + NNBSP + "958,00" + NBSP + "€");
        assertThat(raw(detail.html().selectFirst("#total-remaining"))).isEqualTo("22,00" + NBSP + "€");
        assertThat(detail.html().select("#why-0").text()).contains("Pourquoi ce montant ?",
                "couvre jusqu'à 200 % de la base de remboursement", "20,00 € au-delà de votre garantie");
        assertThat(detail.html().select("#why-1").text()).contains("100 % Santé", "Il ne vous reste rien à payer.");
    }

    @Test
    @RunAsClient
    void theLinesSortByPrestationsWithPlainLinksBothWays() {
        Fixture ines = member("Roux", "Inès");
        WebClient browser = client();
        browser.login(ines.login(), PASSWORD);
        Page statementOrder = browser.get("reimbursements/payment.xhtml?id=" + ines.latest());

        Page ascending = browser.open(statementOrder.html().select("#sort-act").attr("href"));
        Page descending = browser.open(ascending.html().select("#sort-act").attr("href"));

        String dermatologist = "Consultation dermatologue (secteur 2)";
        String hearingAids = "Aides auditives 100 % Santé (2 oreilles)";
        assertThat(acts(statementOrder)).containsExactly(dermatologist, hearingAids);
        assertThat(statementOrder.html().select("#act-header").attr("aria-sort")).isEqualTo("none");
        assertThat(acts(ascending)).containsExactly(hearingAids, dermatologist);
        assertThat(ascending.html().select("#act-header").attr("aria-sort")).isEqualTo("ascending");
        assertThat(acts(descending)).containsExactly(dermatologist, hearingAids);
        assertThat(descending.html().select("#act-header").attr("aria-sort")).isEqualTo("descending");
        assertThat(raw(descending.html().selectFirst("#total"))).as("the totals do not move")
                .isEqualTo(raw(statementOrder.html().selectFirst("#total")));
        assertThat(acts(browser.get("reimbursements/payment.xhtml?id=" + ines.latest() + "&sort=%3Cscript%3E")))
                .as("an unknown order keeps the statement's").containsExactly(dermatologist, hearingAids);
    }

    @Test
    @RunAsClient
    void theTitleNamesWhomTheCareWasForOrTheMemberWhenThePaymentCoversSeveralPeople() {
        Fixture lea = member("Girard", "Léa");
        long tom = TestMembers.in(EmbeddedDatabase.dataSource())
                .addBeneficiary(lea.member().membershipId(), "Girard", "Tom", LocalDate.of(2016, 4, 2), "CHILD").id();
        TestPayments paid = new TestPayments(EmbeddedDatabase.dataSource());
        LocalDate today = LocalDate.now(ZoneId.of("Europe/Paris"));
        long forTom = paid.consultation(lea.member().memberId(), lea.member().membershipId(), tom, "Tom GIRARD",
                today.minusDays(2), today.minusDays(4), "MEMBER", null);
        // Tom's care first, in a payment that also covers Léa's.
        paid.line(lea.older(), 0, tom, "Tom GIRARD", "Consultation pédiatre", today.minusDays(44), today.minusDays(44), "30.00",
                "30.00", "70", "19.00", "2.00", "9.00", "Consultations spécialistes", "PERCENT_OF_BASE", "100");
        WebClient browser = client();
        browser.login(lea.login(), PASSWORD);

        Page tomsCare = browser.get("reimbursements/payment.xhtml?id=" + forTom);
        Page bothCares = browser.get("reimbursements/payment.xhtml?id=" + lea.older());

        assertThat(tomsCare.html().select("#payment-title").text()).isEqualTo("Paiement - Tom GIRARD");
        assertThat(tomsCare.html().select("title").text()).startsWith("Paiement - Tom GIRARD");
        assertThat(bothCares.html().select("#payment-title").text()).isEqualTo("Paiement - Léa GIRARD");
    }

    @Test
    @RunAsClient
    void anotherMembersPaymentPdfAndCsvAreNotFound() {
        Fixture owner = member("Aubert", "Clara");
        Fixture intruder = member("Barbier", "Théo");
        WebClient browser = client();
        browser.login(intruder.login(), PASSWORD);

        for (String path : List.of("reimbursements/payment.xhtml?id=" + owner.latest(),
                "reimbursements/download/paiement-" + owner.latest() + ".pdf",
                "reimbursements/download/paiement-" + owner.latest() + ".csv",
                "reimbursements/payment.xhtml?id=abc", "reimbursements/payment.xhtml?id=-1",
                "reimbursements/download/paiement-x.pdf")) {
            Page page = browser.get(path);
            assertThat(page.status()).as(path).isEqualTo(404);
            assertThat(page.body()).as(path).doesNotContain("Clara", "AUBERT", "1459");
        }
        assertThat(browser.get("reimbursements/download/releves.csv?period=24").body()).doesNotContain("AUBERT");
        assertThat(browser.get("reimbursements/payment.xhtml?id=" + intruder.latest()).status()).isEqualTo(200);
    }

    @Test
    @RunAsClient
    void theSearchValidatesItsDatesNextToTheFieldsAndKeepsTheCriteriaInTheAddress() {
        Fixture rose = member("Lemoine", "Rose");
        WebClient browser = client();
        browser.login(rose.login(), PASSWORD);
        Page search = browser.get("reimbursements/search.xhtml");
        assertThat(search.html().select("#results\\:payments_data tr")).as("default: since 1 month").hasSize(1);

        Page backwards = search.form("criteria").set("criteria:period", "3")
                .set("criteria:careFrom", "10/05/2026").set("criteria:careTo", "01/05/2026").submit("criteria:submit");
        assertThat(backwards.html().select(".field:has([id='criteria:careTo']) .ui-message-error").text())
                .contains("La date de fin des soins ne peut pas précéder la date de début.");
        Page future = search.form("criteria").set("criteria:period", "3").set("criteria:careFrom", "01/01/2099")
                .submit("criteria:submit");
        assertThat(future.html().select(".field:has([id='criteria:careFrom']) .ui-message-error").text())
                .contains("La date ne peut pas être dans le futur.");
        Page impossible = search.form("criteria").set("criteria:period", "3").set("criteria:careFrom", "31/02/2026")
                .submit("criteria:submit");
        assertThat(impossible.text()).contains("Date invalide : saisissez-la au format JJ/MM/AAAA.");

        LocalDate from = LocalDate.now(ZoneId.of("Europe/Paris")).minusDays(50);
        Page found = browser.follow(search.form("criteria").set("criteria:period", "3")
                .set("criteria:beneficiary", Long.toString(rose.member().beneficiaryId()))
                .set("criteria:careFrom", from.format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy")))
                .submit("criteria:submit"));
        assertThat(found.uri().getQuery()).contains("period=3", "beneficiary=" + rose.member().beneficiaryId(), "from=" + from);
        assertThat(found.html().select("#results\\:payments_data tr[data-ri]")).hasSize(2);
        assertThat(found.html().select("#print").attr("href")).contains("releves.pdf?period=3&beneficiary=");
    }

    @Test
    @RunAsClient
    void theThirdPartyTabListsWhatWasPaidToProfessionals() {
        Fixture hugo = member("Robin", "Hugo");
        WebClient browser = client();
        browser.login(hugo.login(), PASSWORD);

        Page tiers = browser.get("reimbursements/third-party.xhtml?period=3");

        assertThat(tiers.html().select("#results\\:payments_data tr[data-ri]")).hasSize(1);
        assertThat(tiers.html().select("#results\\:payments_data").text()).contains("Pharmacie du Vieux-Port", "9,00");
    }

    // --- Statements ----------------------------------------------------------------------------------------

    @Test
    @RunAsClient
    void thePaymentStatementPdfCarriesTheMemberTheLinesAndTheTotalsInFrenchFormats() throws IOException {
        Fixture ines = member("Morel", "Inès");
        WebClient browser = client();
        browser.login(ines.login(), PASSWORD);

        byte[] pdf = download(browser, "reimbursements/download/paiement-" + ines.latest() + ".pdf", "application/pdf");

        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            assertThat(document.getDocumentInformation().getTitle()).isEqualTo("Relevé de prestations — Inès MOREL");
            assertThat(text).contains("Relevé de prestations", "Mutuelle de Marseille Métropole", "Inès MOREL",
                    "N° d'adhérent : " + ines.member().membershipNumber(), "Virement",
                    "Consultation dermatologue (secteur 2)", "Aides auditives 100 % Santé",
                    LocalDate.now(ZoneId.of("Europe/Paris")).minusDays(12).format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy")),
                    "80,00" + NBSP + "€", "1" + NNBSP + "420,00" + NBSP + "€",
                    "Montant total : 1" + NNBSP + "459,00" + NBSP + "€",
                    "Totaux 1" + NNBSP + "980,00" + NBSP + "€ 499,00" + NBSP + "€ 1" + NNBSP + "459,00" + NBSP + "€ 1"
                            + NNBSP + "958,00" + NBSP + "€ 22,00" + NBSP + "€");
        }
    }

    @Test
    @RunAsClient
    void thePeriodPdfHoldsEveryStatementAndTheCsvOpensInAFrenchSpreadsheet() throws IOException {
        Fixture paul = member("Giraud", "Paul");
        WebClient browser = client();
        browser.login(paul.login(), PASSWORD);

        byte[] pdf = download(browser, "reimbursements/download/releves.pdf?period=3&payee=MEMBER", "application/pdf");
        byte[] csv = download(browser, "reimbursements/download/releves.csv?period=3", "text/csv");

        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document);
            assertThat(document.getNumberOfPages()).isEqualTo(2);
            assertThat(text.split("Relevé de prestations", -1)).hasSize(3);
        }
        String content = new String(csv, StandardCharsets.UTF_8);
        assertThat(content).startsWith("\uFEFFDate de paiement;Mode de paiement;Payé à;Bénéficiaire;Prestation");
        List<String> rows = content.lines().toList();
        assertThat(rows).hasSize(4);
        assertThat(rows.get(1).split(";")).as(content).contains("Virement", "Paul GIRAUD", "80,00", "19,00", "39,00", "22,00");
        assertThat(rows.get(2).split(";")).as(content).contains("1900,00", "1420,00", "0,00");
    }

    @Test
    @RunAsClient
    void theCsvOfOnePaymentHasOneRowPerLineWithFrenchDatesAndDecimals() {
        TestMembers members = TestMembers.in(EmbeddedDatabase.dataSource());
        TestPayments paid = new TestPayments(EmbeddedDatabase.dataSource());
        Created anna = members.individual("Lefèvre", "Anna", LocalDate.of(1986, 6, 16));
        TestMembers.AddedBeneficiary malo = members.addBeneficiary(anna.membershipId(), "Lefèvre", "Malo", LocalDate.of(2015, 1, 9), "CHILD");
        String login = "anna-" + System.nanoTime() + "@example.fr";
        members.account(anna.memberId(), login, PASSWORD);
        long payment = paid.payment(anna.memberId(), anna.membershipId(), LocalDate.of(2026, 11, 3), "CHEQUE", "1243.50", "MEMBER", null);
        paid.line(payment, 1, malo.id(), "Malo LEFÈVRE", "Verres \"progressifs\"; monture", LocalDate.of(2026, 10, 5),
                LocalDate.of(2026, 10, 7), "1500.00", "0.15", "60", "0.09", "0", "1234.50", "Optique", "AMOUNT", "1300");
        paid.line(payment, 2, anna.beneficiaryId(), "Anna LEFÈVRE", "Consultation médecin généraliste", LocalDate.of(2026, 10, 20),
                LocalDate.of(2026, 10, 20), "30.00", "30.00", "70", "19.00", "2.00", "9.00", "Consultations généralistes",
                "PERCENT_OF_BASE", "100");
        WebClient browser = client();
        browser.login(login, PASSWORD);

        String path = "reimbursements/download/paiement-" + payment + ".csv";
        Page page = browser.get(path);
        String content = new String(browser.bytes(path), StandardCharsets.UTF_8);

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.header("Content-Type")).startsWith("text/csv").containsIgnoringCase("charset=UTF-8");
        assertThat(page.header("Content-Disposition")).isEqualTo("attachment; filename=\"paiement-2026-11-03.csv\"");
        assertThat(content).as("a byte-order mark, so that a French spreadsheet reads UTF-8").startsWith("\uFEFF").endsWith("\r\n");
        List<List<String>> rows = frenchCsv(content.substring(1));
        assertThat(rows).containsExactly(
                List.of("Date de paiement", "Mode de paiement", "Payé à", "Bénéficiaire", "Prestation", "Début des soins",
                        "Fin des soins", "Dépense", "Base de remboursement", "Taux Sécurité sociale", "Sécurité sociale", "Mutuelle",
                        "Total remboursé", "Reste à charge", "Garantie appliquée"),
                List.of("03/11/2026", "Chèque", "Anna LEFÈVRE", "Malo LEFÈVRE", "Verres \"progressifs\"; monture", "05/10/2026",
                        "07/10/2026", "1500,00", "0,15", "60", "0,09", "1234,50", "1234,59", "265,41", "Optique"),
                List.of("03/11/2026", "Chèque", "Anna LEFÈVRE", "Anna LEFÈVRE", "Consultation médecin généraliste", "20/10/2026",
                        "20/10/2026", "30,00", "30,00", "70", "19,00", "9,00", "28,00", "2,00", "Consultations généralistes"));
        assertThat(content).as("a cell holding the separator is quoted, its quotes doubled")
                .contains(";\"Verres \"\"progressifs\"\"; monture\";");
    }

    // --- Search on the server ------------------------------------------------------------------------------

    @Test
    void periodsCountFromTodayInParisAndIncludeTheirFirstDay() throws Exception {
        TestMembers members = TestMembers.in(portalDatabase);
        TestPayments paid = new TestPayments(portalDatabase);
        Created zoe = members.individual("Fournier", "Zoé", LocalDate.of(1990, 1, 1));
        signIn(zoe.memberId());
        // 31 March 2027 at 22:30 UTC is already 1 April in Paris: "since 1 month" starts on 1 March.
        ShiftedClock.shift(Duration.between(Instant.now(), ZonedDateTime.of(2027, 3, 31, 22, 30, 0, 0, ZoneId.of("UTC")).toInstant()));
        try {
            long first = paid.consultation(zoe.memberId(), zoe.membershipId(), zoe.beneficiaryId(), "Zoé FOURNIER",
                    LocalDate.of(2027, 3, 1), LocalDate.of(2027, 2, 20), "MEMBER", null);
            paid.consultation(zoe.memberId(), zoe.membershipId(), zoe.beneficiaryId(), "Zoé FOURNIER",
                    LocalDate.of(2027, 2, 28), LocalDate.of(2027, 2, 20), "MEMBER", null);

            List<PaymentSummary> found = payments.search(new PaymentCriteria(1, Payee.MEMBER, null, null, null, true), 0, 10);

            assertThat(found).extracting(PaymentSummary::getId).containsExactly(first);
        } finally {
            ShiftedClock.reset();
        }
    }

    @Test
    void resultsArePagedAndSortedInSqlAndCareDatesBoundTheLines() throws Exception {
        TestMembers members = TestMembers.in(portalDatabase);
        TestPayments paid = new TestPayments(portalDatabase);
        Created max = members.individual("Blanchard", "Max", LocalDate.of(1975, 1, 1));
        LocalDate today = LocalDate.now(ZoneId.of("Europe/Paris"));
        for (int i = 1; i <= 23; i++) {
            paid.consultation(max.memberId(), max.membershipId(), max.beneficiaryId(), "Max BLANCHARD",
                    today.minusDays(i * 3L), today.minusDays(i * 3L + 1), "MEMBER", null);
        }
        signIn(max.memberId());
        PaymentCriteria sixMonths = new PaymentCriteria(6, Payee.MEMBER, null, null, null, true);

        assertThat(payments.count(sixMonths)).isEqualTo(23);
        List<PaymentSummary> third = payments.search(sixMonths, 20, 10);
        assertThat(third).hasSize(3);
        assertThat(third.get(2).getPaymentDate()).isEqualTo(today.minusDays(69));
        assertThat(payments.search(new PaymentCriteria(6, Payee.MEMBER, null, null, null, false), 0, 1).get(0).getPaymentDate())
                .isEqualTo(today.minusDays(69));
        PaymentCriteria window = new PaymentCriteria(6, Payee.MEMBER, null, today.minusDays(10), today.minusDays(4), true);
        assertThat(payments.count(window)).as("care on days 4, 7 and 10").isEqualTo(3);
    }

    // --- RIB -----------------------------------------------------------------------------------------------

    @Test
    @RunAsClient
    void aRibChangeChecksTheIbanAndBicAsksThePasswordAndBecomesARequest() {
        Fixture eva = member("Dumas", "Éva");
        TestMembers.in(EmbeddedDatabase.dataSource()).execute("""
                insert into reimb_bank_details (membership_id, holder_name, iban, bic, updated_at)
                values (?, 'Éva DUMAS', 'FR7610278089000002123456719', 'CMCIFR2A', now())""", eva.member().membershipId());
        WebClient browser = client();
        browser.login(eva.login(), PASSWORD);

        Page rib = browser.get("reimbursements/rib.xhtml");
        assertThat(rib.html().select("#iban").text()).isEqualTo("FR•• •••• •••• •••• •••• •••6 719");
        assertThat(rib.body()).doesNotContain("10278", "0002123456");

        Page form = browser.get("reimbursements/rib-edit.xhtml");
        Page wrong = form.form("rib").set("rib:iban", "FR76 3000 4005 1200 0101 2345 679").set("rib:bic", "BNPAFRPP")
                .set("rib:password", "Faux#Passe2026").submit("rib:save");
        assertThat(wrong.html().select(".field:has([id='rib:iban']) .ui-message-error").text()).contains("IBAN invalide");
        assertThat(wrong.html().select(".field:has([id='rib:password']) .ui-message-error").text()).contains("Mot de passe incorrect");
        Page foreignBic = wrong.form("rib").set("rib:iban", "FR76 3000 4005 1200 0101 2345 678").set("rib:bic", "DEUTDEFF")
                .set("rib:password", PASSWORD).submit("rib:save");
        assertThat(foreignBic.html().select(".field:has([id='rib:bic']) .ui-message-error").text()).contains("pays de l'IBAN");

        Page saved = browser.follow(foreignBic.form("rib").set("rib:iban", "fr76 3000 4005 1200 0101 2345 678")
                .set("rib:bic", "bnpafrpp").set("rib:password", PASSWORD).submit("rib:save"));

        assertThat(saved.text()).contains("Votre demande de modification de RIB est enregistrée");
        assertThat(saved.html().select("#pending").text()).contains("FR•• •••• •••• •••• •••• •••5 678");
        TestMembers db = TestMembers.in(EmbeddedDatabase.dataSource());
        assertThat(db.text("select payload from member_request where member_id = ? and type_code = 'reimbursements.rib'",
                eva.member().memberId())).contains("\"iban\":\"FR7630004005120001012345678\"", "\"bic\":\"BNPAFRPP\"");
        String contact = db.text("select email from member where id = ?", eva.member().memberId());
        var mail = TestMailServer.awaitMessages(contact, 1, Duration.ofSeconds(30)).get(0);
        assertThat(TestMailServer.text(mail)).contains("modification des coordonnées bancaires").doesNotContain("FR76", "5678");
    }

    @Test
    @RunAsClient
    void aForgedRibChangeLeavingOutThePasswordOrTheHolderIsRefused() {
        Fixture jade = member("Leclerc", "Jade");
        WebClient browser = client();
        browser.login(jade.login(), PASSWORD);
        Page form = browser.get("reimbursements/rib-edit.xhtml");

        Page noPassword = form.form("rib").set("rib:iban", "FR76 3000 4005 1200 0101 2345 678").set("rib:bic", "BNPAFRPP")
                .remove("rib:password").submit("rib:save");
        Page noHolder = form.form("rib").remove("rib:holder").set("rib:iban", "FR76 3000 4005 1200 0101 2345 678")
                .set("rib:bic", "BNPAFRPP").set("rib:password", PASSWORD).submit("rib:save");

        assertThat(noPassword.status()).isEqualTo(200);
        assertThat(noPassword.html().select(".field:has([id='rib:password']) .ui-message-error").text())
                .contains("Mot de passe incorrect");
        assertThat(noHolder.status()).isEqualTo(200);
        assertThat(noHolder.html().select(".field:has([id='rib:holder']) .ui-message-error").text()).contains("Saisie obligatoire");
        TestMembers db = TestMembers.in(EmbeddedDatabase.dataSource());
        assertThat(db.count("select count(*) from member_request where member_id = ? and type_code = 'reimbursements.rib'",
                jade.member().memberId())).isZero();
        assertThat(db.count("select count(*) from reimb_bank_details where membership_id = ?", jade.member().membershipId()))
                .isZero();
    }

    @Test
    @RunAsClient
    void aCollectiveContractsRibGoesThroughTheEmployer() {
        TestMembers members = TestMembers.in(EmbeddedDatabase.dataSource());
        Created leo = members.collective("Garcia", "Léo", LocalDate.of(1983, 3, 3), "Calanques Logistique");
        String login = "leo-" + System.nanoTime() + "@example.fr";
        members.account(leo.memberId(), login, PASSWORD);
        WebClient browser = client();
        browser.login(login, PASSWORD);

        assertThat(browser.get("reimbursements/rib.xhtml").text()).contains("Votre contrat est géré par votre employeur");
        Page edit = browser.get("reimbursements/rib-edit.xhtml");
        assertThat(edit.location()).endsWith("/employer-managed.xhtml");
    }

    // --- Notification --------------------------------------------------------------------------------------

    @Test
    void aNewPaymentIsNotifiedOnceToSubscribedMembersWithoutAmountsOrActs() throws Exception {
        TestMembers members = TestMembers.in(portalDatabase);
        TestPayments paid = new TestPayments(portalDatabase);
        Created subscribed = members.individual("Lucas", "Nina", LocalDate.of(1992, 2, 2));
        Created silent = members.individual("Mathieu", "Tom", LocalDate.of(1992, 2, 2));
        String login = "nina-" + System.nanoTime() + "@example.fr";
        members.account(subscribed.memberId(), login, PASSWORD);
        members.account(silent.memberId(), "tom-" + System.nanoTime() + "@example.fr", PASSWORD);
        members.execute("insert into member_subscription (member_id, topic, created_at) values (?, 'reimbursements', now())",
                subscribed.memberId());
        LocalDate today = LocalDate.now(ZoneId.of("Europe/Paris"));
        long first = paid.consultation(subscribed.memberId(), subscribed.membershipId(), subscribed.beneficiaryId(), "Nina LUCAS",
                today, today, "MEMBER", null);
        long other = paid.consultation(silent.memberId(), silent.membershipId(), silent.beneficiaryId(), "Tom MATHIEU",
                today, today, "MEMBER", null);

        transaction.begin();
        int queued = notifications.paymentsArrived(List.of(first, other));
        transaction.commit();
        transaction.begin();
        int again = notifications.paymentsArrived(List.of(first, other));
        transaction.commit();

        assertThat(queued).isOne();
        assertThat(again).as("the same payments again").isZero();
        assertThat(members.count("select count(*) from outbox_mail where recipient = ?", login)).isOne();
        assertThat(members.text("select text_body from outbox_mail where recipient = ?", login))
                .contains("Un nouveau remboursement est disponible").doesNotContain("9,00", "Consultation", "30,00");
    }

    // --- helpers -------------------------------------------------------------------------------------------

    /** Reads a CSV as a spreadsheet does: rows end with CRLF, cells are separated by ';', quoted cells may hold either. */
    private static List<List<String>> frenchCsv(String content) {
        List<List<String>> rows = new java.util.ArrayList<>();
        List<String> row = new java.util.ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < content.length(); i++) {
            char c = content.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < content.length() && content.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    cell.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ';') {
                row.add(cell.toString());
                cell.setLength(0);
            } else if (c == '\r' && i + 1 < content.length() && content.charAt(i + 1) == '\n') {
                row.add(cell.toString());
                cell.setLength(0);
                rows.add(row);
                row = new java.util.ArrayList<>();
                i++;
            } else {
                cell.append(c);
            }
        }
        assertThat(quoted).as("every quoted cell closed").isFalse();
        assertThat(row).as("the last row ends with CRLF").isEmpty();
        assertThat(cell.toString()).isEmpty();
        return rows;
    }

    /** The prestations of a payment's detail, in the order shown. */
    private static List<String> acts(Page detail) {
        return detail.html().select("#lines tbody tr.line td:first-child strong").eachText();
    }

    /** The element's text as sent, no-break spaces kept (jsoup's text() turns them into spaces). */
    private static String raw(org.jsoup.nodes.Element element) {
        return element.wholeText().strip().replaceAll("[ \\t\\n\\r]+", " ");
    }

    private WebClient client() {
        return new WebClient(URI.create(base.toString()));
    }

    /** In the container: this request's session becomes the member's, as after a sign-in. */
    private void signIn(long memberId) {
        request.getSession(true).setAttribute(SignedInUser.SESSION_KEY,
                new SignedInUser(0, memberId, Set.of("MEMBER"), Instant.now(), null));
    }

    private byte[] download(WebClient browser, String path, String contentType) {
        Page page = browser.get(path);
        assertThat(page.status()).as(path).isEqualTo(200);
        assertThat(page.header("Content-Type")).startsWith(contentType);
        assertThat(page.header("Content-Disposition")).startsWith("attachment; filename=");
        return browser.bytes(path);
    }
}
