package org.mutualportal.documents.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Set;
import javax.sql.DataSource;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.mutualportal.core.member.SignedInUser;
import org.mutualportal.spi.PersonalData.DataSection;
import org.mutualportal.core.testing.TestMembers.Created;
import org.mutualportal.core.testing.TestMembers;
import org.mutualportal.api.text.FrenchFormats;
import org.mutualportal.documents.attestation.Attestations;
import org.mutualportal.documents.attestation.AttestationsPersonalData;
import org.mutualportal.documents.attestation.IssuedAttestation;
import org.mutualportal.testing.Browser;
import org.mutualportal.testing.EmbeddedDatabase;
import org.mutualportal.testing.PortalDeployment;
import org.mutualportal.testing.PortalTest;
import org.mutualportal.testing.TestMailServer;
import org.mutualportal.testing.WebClient.Page;
import org.mutualportal.testing.WebClient;

/**
 * The documents module on Payara Micro with PostgreSQL, driven over HTTP as a browser would: the Documents
 * section and "Mes documents" listing another module's document, the attestation and the tiers-payant card
 * read back from their PDFs (the QR code decoded from the PDF's image), the staff's check of a code, the
 * new-card request, and scoping of every download; in the container, the member's data export.
 */
@PortalTest
class DocumentsIT {

    private static final String PASSWORD = "Vacances-Ete2026";
    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final DateTimeFormatter FRENCH = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    @Deployment
    static WebArchive deployment() {
        return PortalDeployment.module()
                .withLibrary(FakeModules.jar())
                .withClasses(TestMembers.class, TestMembers.Created.class)
                .withConfig("portal.modules.archive.enabled", "false")
                // Staff sign in without the e-mailed code here; that code is the core's business.
                .withConfig("portal.login.otp.roles", "ADMIN")
                .build();
    }

    @ArquillianResource
    URL base;

    @Resource(lookup = "java:app/jdbc/portal")
    DataSource portalDatabase;

    @Inject
    HttpServletRequest request;

    @Inject
    Attestations attestations;

    @Inject
    AttestationsPersonalData personalData;

    /** A member with a spouse, and a child covered until 1 January only: on this year's card, not on a later day. */
    private record Family(Created card, String login, String name, String spouse, String child, String nir) {
    }

    private static Family family(String lastName, String firstName) {
        TestMembers members = TestMembers.in(EmbeddedDatabase.dataSource());
        Created card = members.individual(lastName, firstName, LocalDate.of(1979, 4, 12));
        // ASCII: a browser refuses to submit an e-mail field whose local part has accents.
        String login = "member-" + System.nanoTime() + "@example.fr";
        members.account(card.memberId(), login, PASSWORD);
        String nir = "17904" + String.format("%08d", card.memberId() % 100_000_000) + "42";
        members.execute("update beneficiary set nir = ? where id = ?", nir, card.beneficiaryId());
        members.execute("""
                insert into beneficiary (external_id, membership_id, last_name, first_name, birth_date, relationship, start_date)
                values (?, ?, ?, 'Camille', ?, 'SPOUSE', ?)""", "T-B-S-" + System.nanoTime(), card.membershipId(), lastName,
                LocalDate.of(1982, 8, 30), LocalDate.of(2020, 1, 1));
        members.execute("""
                insert into beneficiary (external_id, membership_id, last_name, first_name, birth_date, relationship, start_date,
                                         end_date, attached_to_nir)
                values (?, ?, ?, 'Jules', ?, 'CHILD', ?, ?, ?)""", "T-B-C-" + System.nanoTime(), card.membershipId(), lastName,
                LocalDate.of(2004, 2, 29), LocalDate.of(2020, 1, 1), today().withDayOfYear(1), nir);
        String upper = lastName.toUpperCase(java.util.Locale.FRANCE);
        return new Family(card, login, firstName + " " + upper, "Camille " + upper, "Jules " + upper, nir);
    }

    // --- The section and "Mes documents" ------------------------------------------------------------------

    @Test
    @RunAsClient
    void theDocumentsSectionListsThisModulesEntriesAndTheEnabledModulesDocuments() {
        Family f = family("Texier", "Aurore");
        WebClient browser = client();

        Page home = browser.login(f.login(), PASSWORD);

        assertThat(home.html().select("#toolbar-DOCUMENTS summary").text()).isEqualTo("Documents");
        assertThat(home.html().select("#toolbar-DOCUMENTS a").eachText()).containsExactly("Mes documents",
                "Attestation de droits", "Carte de tiers payant", "Nouvelle carte d'adhérent", "Tableau des garanties");
        assertThat(home.html().select("#toolbar-DOCUMENTS").text()).doesNotContain("à venir", "Archives");

        Page documents = browser.get("documents/index.xhtml");
        assertThat(documents.status()).isEqualTo(200);
        assertThat(documents.html().select("#other-documents a").eachText()).containsExactly("Tableau des garanties");
        assertThat(documents.html().select("#other-documents a").attr("href")).endsWith("/contract/coverage.xhtml");
        assertThat(documents.html().select("#other-documents .note").text()).isEqualTo("Rubrique « Mon contrat »");
        assertThat(documents.html().select("#own-documents a").eachText()).containsExactly("Attestation de droits",
                "Carte de tiers payant", "Nouvelle carte d'adhérent");
        int year = today().getYear();
        assertThat(documents.html().select("#card-status").text()).isEqualTo("Valable du 01/01/" + year + " au 31/12/" + year);
        assertThat(documents.text()).contains("adhésion n° " + f.card().membershipNumber());
    }

    // --- Attestation de droits ----------------------------------------------------------------------------

    @Test
    @RunAsClient
    void anAttestationCertifiesThoseCoveredOnTheChosenDayWithTheCodeOnRecord() throws IOException {
        Family f = family("Vidal", "Hélène");
        WebClient browser = signedIn(f);
        LocalDate day = today().withDayOfYear(2);

        Page issued = browser.get("documents/attestation.xhtml").form("attestation")
                .set("attestation:date", FRENCH.format(day)).submit("attestation:issue");

        assertThat(issued.status()).isEqualTo(302);
        assertThat(issued.location()).matches(".*/documents/download/attestation-\\d+\\.pdf");
        TestMembers db = TestMembers.in(EmbeddedDatabase.dataSource());
        String code = db.text("select code from doc_attestation where member_id = ?", f.card().memberId());
        String printed = code.substring(0, 4) + "-" + code.substring(4, 8) + "-" + code.substring(8, 12) + "-" + code.substring(12);
        Page download = browser.get(issued.location());
        assertThat(download.header("Content-Type")).startsWith("application/pdf");
        assertThat(download.header("Content-Disposition")).isEqualTo("attachment; filename=\"attestation-droits-" + day + ".pdf\"");
        try (PDDocument pdf = Loader.loadPDF(keep("attestation", browser.bytes(issued.location())))) {
            String text = PdfReading.text(pdf);
            assertThat(pdf.getDocumentInformation().getTitle()).isEqualTo("Attestation de droits — " + f.name());
            assertThat(text).contains("Attestation de droits", "Mutuelle de Marseille Métropole", "Adhérent : " + f.name(),
                    "N° d'adhérent : " + f.card().membershipNumber(), "N° de contrat : CT-" + f.card().membershipNumber(),
                    "Période du contrat : depuis le 01/01/2020", "Offre : Labellisée Confort",
                    "atteste que les personnes ci-dessous sont couvertes le " + FRENCH.format(day),
                    f.name() + " 12/04/1979 Adhérent(e) depuis le 01/01/2020",
                    f.spouse() + " 30/08/1982 Conjoint(e) depuis le 01/01/2020", "Code de vérification", printed)
                    .doesNotContain(f.child());
        }

        Page page = browser.get("documents/attestation.xhtml");
        assertThat(page.html().select("#history tbody tr")).hasSize(1);
        assertThat(page.html().select("#history tbody tr").text()).contains(FRENCH.format(day), printed);
        assertThat(page.html().select("#history a.download").attr("href")).isEqualTo(issued.location().replaceFirst("^https?://[^/]+", ""));
    }

    @Test
    @RunAsClient
    void aDayTheContractDoesNotCoverIsRefusedNextToTheField() {
        Family f = family("Roussel", "Yanis");
        WebClient browser = signedIn(f);
        Page form = browser.get("documents/attestation.xhtml");
        assertThat(form.html().select("#range").text()).isEqualTo("Vous pouvez choisir une date du 01/01/2020 au 31/12/" + today().getYear() + ".");
        assertThat(form.form("attestation").fields().get("attestation:date")).as("today by default").isEqualTo(FRENCH.format(today()));

        assertThat(error(form.form("attestation").set("attestation:date", "31/12/2019").submit("attestation:issue"), "attestation:date"))
                .isEqualTo("Votre contrat n'avait pas commencé à cette date.");
        assertThat(error(form.form("attestation").set("attestation:date", "01/01/" + (today().getYear() + 1)).submit("attestation:issue"),
                "attestation:date")).isEqualTo("Une attestation ne peut pas porter sur une date après le 31 décembre de cette année.");
        assertThat(error(form.form("attestation").set("attestation:date", "31/02/2026").submit("attestation:issue"), "attestation:date"))
                .contains("Date invalide");
        assertThat(error(form.form("attestation").set("attestation:date", "").submit("attestation:issue"), "attestation:date"))
                .isEqualTo("Saisissez la date à certifier.");
        assertThat(TestMembers.in(EmbeddedDatabase.dataSource())
                .count("select count(*) from doc_attestation where member_id = ?", f.card().memberId())).isZero();
    }

    @Test
    @RunAsClient
    void staffReadWhatACodeCertifiesAndSeeWhenTheRecordWasAltered() {
        Family f = family("Lambert", "Inès");
        WebClient member = signedIn(f);
        member.get("documents/attestation.xhtml").form("attestation").set("attestation:date", FRENCH.format(today()))
                .submit("attestation:issue");
        TestMembers db = TestMembers.in(EmbeddedDatabase.dataSource());
        String code = db.text("select code from doc_attestation where member_id = ?", f.card().memberId());
        assertThat(member.get("documents/staff/verify.xhtml").status()).as("members are not staff").isEqualTo(403);
        String agent = "agent-" + System.nanoTime() + "@mutuelle.example";
        db.staffAccount(agent, PASSWORD);
        WebClient staff = client();
        staff.login(agent, PASSWORD);
        Page form = staff.get("documents/staff/verify.xhtml");

        String typed = (code.substring(0, 8) + " " + code.substring(8)).toLowerCase();
        Page checked = form.form("verify").set("verify:code", typed).submit("verify:submit");

        assertThat(checked.html().select("#verdict").text()).startsWith("Attestation authentique");
        assertThat(checked.html().select("#certified").text()).contains(f.name(), f.card().membershipNumber(),
                "CT-" + f.card().membershipNumber(), FRENCH.format(today()));
        assertThat(checked.html().select("#people tbody tr").eachText()).containsExactly(
                f.name() + " 12/04/1979 Adhérent(e) depuis le 01/01/2020", f.spouse() + " 30/08/1982 Conjoint(e) depuis le 01/01/2020");
        assertThat(db.count("select count(*) from audit_event where action = 'ATTESTATION_VERIFIED' and detail = 'authentic'"))
                .isPositive();

        db.execute("update doc_attestation set payload = replace(payload, 'Camille', 'Camilla') where code = ?", code);
        Page altered = form.form("verify").set("verify:code", code).submit("verify:submit");
        assertThat(altered.html().select("#verdict").text()).startsWith("Attention : les données enregistrées");

        Page unknown = form.form("verify").set("verify:code", "0000-0000-0000-0000").submit("verify:submit");
        assertThat(unknown.html().select("#unknown").text()).contains("Aucune attestation ne correspond à ce code");
        Page malformed = form.form("verify").set("verify:code", "ABCD-1234").submit("verify:submit");
        assertThat(error(malformed, "verify:code")).isEqualTo("Ce code n'a pas le bon format : il compte 16 lettres et chiffres.");
    }

    // --- Carte de tiers payant ----------------------------------------------------------------------------

    @Test
    @RunAsClient
    void theCardPdfCarriesTheUsualFieldsAndItsQrCodeDecodesToTheCardsData() throws Exception {
        Family f = family("Perret", "Noël");
        WebClient browser = signedIn(f);
        int year = today().getYear();

        Page page = browser.get("documents/card.xhtml");
        assertThat(page.html().select("#card-title").text()).isEqualTo("Valable du 01/01/" + year + " au 31/12/" + year);
        assertThat(page.html().select("#holders tbody tr")).hasSize(3);
        assertThat(page.html().select("#domains tbody tr").first().text()).isEqualTo("PHAR Pharmacie 100%");
        assertThat(page.body()).as("the page does not show the NIR").doesNotContain(f.nir());
        String path = "documents/download/carte-tiers-payant.pdf";
        assertThat(browser.get(path).header("Content-Disposition"))
                .isEqualTo("attachment; filename=\"carte-tiers-payant-" + f.card().membershipNumber() + ".pdf\"");

        try (PDDocument pdf = Loader.loadPDF(keep("carte-tiers-payant", browser.bytes(path)))) {
            String nir = f.nir();
            String printedNir = String.join(" ", nir.substring(0, 1), nir.substring(1, 3), nir.substring(3, 5), nir.substring(5, 7),
                    nir.substring(7, 10), nir.substring(10, 13), nir.substring(13));
            String upper = f.name().substring(f.name().indexOf(' ') + 1);
            assertThat(PdfReading.text(pdf)).contains("Carte de tiers payant", "N° AMC : 13005678",
                    "N° d'adhérent : " + f.card().membershipNumber(), "N° de contrat : CT-" + f.card().membershipNumber(),
                    "Valable du 01/01/" + year + " au 31/12/" + year, upper + " Noël 12/04/1979 " + printedNir + " Adhérent(e)",
                    upper + " Camille 30/08/1982 Conjoint(e)", upper + " Jules 29/02/2004 " + printedNir + " Enfant",
                    "PHAR MEDE RADL LABO AUXM SAGE CSTE TRAN DENT OPTI AUDI HOSP",
                    "100% 100% 100% 100% 100% 100% 100% 100% PEC PEC PEC PEC", "PHAR Pharmacie");

            assertThat(PdfReading.qrCodes(pdf)).containsExactly(String.join("\n", "TPM1", "AMC:13005678",
                    "ADH:" + f.card().membershipNumber(), "CTR:CT-" + f.card().membershipNumber(),
                    "VAL:" + year + "0101-" + year + "1231",
                    "BEN:" + upper + ";Noël;19790412;" + nir + ";MEMBER",
                    "BEN:" + upper + ";Camille;19820830;;SPOUSE",
                    "BEN:" + upper + ";Jules;20040229;" + nir + ";CHILD",
                    "DOM:PHAR=100,MEDE=100,RADL=100,LABO=100,AUXM=100,SAGE=100,CSTE=100,TRAN=100,DENT=PEC,OPTI=PEC,AUDI=PEC,HOSP=PEC"));
        }
    }

    @Test
    @RunAsClient
    void theCardsValidityEndsWithTheContract() {
        Family f = family("Marchal", "Élise");
        LocalDate end = today().plusDays(1);
        TestMembers.in(EmbeddedDatabase.dataSource()).execute("update membership set end_date = ? where id = ?", end,
                f.card().membershipId());
        WebClient browser = signedIn(f);
        LocalDate to = end.getYear() == today().getYear() ? end : today().withMonth(12).withDayOfMonth(31);

        Page page = browser.get("documents/card.xhtml");

        assertThat(page.html().select("#card-title").text())
                .isEqualTo("Valable du 01/01/" + today().getYear() + " au " + FRENCH.format(to));
    }

    @Test
    @RunAsClient
    void aSuspendedContractHasNoCardNoAttestationAndNoNewCardAndThePagesSayWhy() {
        Family f = family("Carpentier", "Maël");
        TestMembers.in(EmbeddedDatabase.dataSource()).execute("update membership set state = 'SUSPENDED' where id = ?",
                f.card().membershipId());
        WebClient browser = signedIn(f);

        Page card = browser.get("documents/card.xhtml");
        assertThat(card.html().select("#unavailable").text()).startsWith("Votre contrat est suspendu : aucune carte de tiers payant");
        assertThat(card.html().select("#download")).isEmpty();
        assertThat(browser.get("documents/download/carte-tiers-payant.pdf").status()).isEqualTo(404);
        assertThat(browser.get("documents/index.xhtml").html().select("#card-status").text()).startsWith("Votre contrat est suspendu");
        Page attestation = browser.get("documents/attestation.xhtml");
        assertThat(attestation.html().select("#range").text()).isEqualTo("Votre contrat est suspendu : contactez-nous pour obtenir une attestation.");
        assertThat(attestation.html().select("form#attestation")).isEmpty();
        Page newCard = browser.get("documents/new-card.xhtml");
        assertThat(newCard.html().select("#closed").text()).contains("aucune carte d'adhérent ne peut être émise");
        assertThat(newCard.html().select("form#card")).isEmpty();
    }

    // --- New member card ----------------------------------------------------------------------------------

    @Test
    @RunAsClient
    void aNewCardIsARequestInSuiviConfirmedByEmailOnlyOneAtATime() {
        Family f = family("Fontaine", "Basile");
        WebClient browser = signedIn(f);
        Page form = browser.get("documents/new-card.xhtml");
        assertThat(form.html().select("#address").text()).isEqualTo("1 rue de Test, 13001 MARSEILLE");
        assertThat(form.html().select("#change-address").attr("href")).endsWith("/account/address.xhtml");

        Page incomplete = form.form("card").submit("card:submit");
        assertThat(error(incomplete, "card:reason")).isEqualTo("Choisissez le motif de votre demande.");
        assertThat(error(incomplete, "card:confirm")).startsWith("Confirmez l'adresse d'envoi");

        Page sent = browser.follow(form.form("card").set("card:reason", "THEFT").set("card:confirm", "on").submit("card:submit"));

        assertThat(sent.text()).contains("Votre demande de nouvelle carte d'adhérent est enregistrée");
        assertThat(sent.html().select("#pending").text()).startsWith("Vous avez déjà une demande de nouvelle carte en cours");
        assertThat(sent.html().select("form#card")).isEmpty();
        TestMembers db = TestMembers.in(EmbeddedDatabase.dataSource());
        assertThat(db.text("select summary from member_request where member_id = ? and type_code = 'documents.card'", f.card().memberId()))
                .isEqualTo("Nouvelle carte d'adhérent (Vol) — adhésion n° " + f.card().membershipNumber());
        assertThat(db.text("select payload from member_request where member_id = ? and type_code = 'documents.card'", f.card().memberId()))
                .contains("\"reason\":\"THEFT\"", "\"line1\":\"1 rue de Test\"", "\"postcode\":\"13001\"");
        String contact = db.text("select email from member where id = ?", f.card().memberId());
        var mail = TestMailServer.awaitMessages(contact, 1, Duration.ofSeconds(30)).get(0);
        assertThat(TestMailServer.subject(mail)).isEqualTo("Votre demande de nouvelle carte d'adhérent");
        assertThat(TestMailServer.text(mail)).contains("motif : Vol", f.card().membershipNumber()).doesNotContain("rue de Test");
        assertThat(browser.get("documents/index.xhtml").html().select("#card-request-status").text()).startsWith("Demande en cours");

        Page replayed = form.form("card").set("card:reason", "LOSS").set("card:confirm", "on").submit("card:submit");
        assertThat(replayed.html().select("#messages").text()).contains("Vous avez déjà une demande de nouvelle carte en cours.");
        assertThat(db.count("select count(*) from member_request where member_id = ? and type_code = 'documents.card'",
                f.card().memberId())).isOne();
    }

    // --- In a real browser ----------------------------------------------------------------------------------

    @Test
    @RunAsClient
    void aMemberFindsTheDocumentsFromTheToolbarAndAsksForANewCardInABrowser() {
        Family f = family("Bonnet", "Zoé");
        try (Browser browser = Browser.open()) {
            browser.go(URI.create(base + "login.xhtml"));
            browser.type("input[id='login:identifier']", f.login());
            browser.type("input[id='login:password']", PASSWORD);
            browser.find("button[id='login:submit']").click();
            browser.waitFor(".dashboard");

            browser.find("#toolbar-DOCUMENTS summary").click();
            browser.find("#toolbar-DOCUMENTS a[href$='/documents/index.xhtml']").click();
            browser.waitFor("#own-documents");
            assertThat(browser.find("h1").getText()).isEqualTo("Mes documents");
            browser.screenshot("documents-index");

            browser.find("#doc-card a").click();
            browser.waitFor("#holders");
            assertThat(browser.find("#download").getAttribute("href")).endsWith("/documents/download/carte-tiers-payant.pdf");
            browser.screenshot("documents-card");

            browser.go(URI.create(base + "documents/attestation.xhtml"));
            browser.screenshot("documents-attestation");

            browser.go(URI.create(base + "documents/new-card.xhtml"));
            browser.find("input[name='card:reason'][value='LOSS']").click();
            browser.find("label[for='card:confirm']").click();
            browser.screenshot("documents-new-card");
            browser.find("button[id='card:submit']").click();
            browser.waitForText("Votre demande de nouvelle carte d'adhérent est enregistrée");
            browser.waitFor("#pending");
            browser.screenshot("documents-new-card-sent");
        }
    }

    // --- Scoping ------------------------------------------------------------------------------------------

    @Test
    @RunAsClient
    void anotherMembersAttestationIsNotFound() {
        Family owner = family("Guérin", "Léna");
        Family intruder = family("Renaud", "Oscar");
        WebClient ownerBrowser = signedIn(owner);
        String location = ownerBrowser.get("documents/attestation.xhtml").form("attestation")
                .set("attestation:date", FRENCH.format(today())).submit("attestation:issue").location();
        String path = location.substring(location.indexOf("documents/download/"));
        WebClient browser = signedIn(intruder);

        for (String forged : List.of(path, "documents/download/attestation-abc.pdf", "documents/download/attestation-0.pdf",
                "documents/download/attestation--1.pdf", "documents/download/other.pdf")) {
            Page answer = browser.get(forged);
            assertThat(answer.status()).as(forged).isEqualTo(404);
            assertThat(answer.body()).as(forged).doesNotContain("GUÉRIN", "Léna", "%PDF");
        }
        assertThat(browser.get("documents/attestation.xhtml").html().select("#history")).isEmpty();
        assertThat(ownerBrowser.get(path).status()).isEqualTo(200);
        assertThat(client().get(path).status()).as("signed out").isEqualTo(302);
    }

    // --- In the container ---------------------------------------------------------------------------------

    @Test
    void theAttestationsAreInTheMembersDataExportAndInNobodyElses() {
        TestMembers members = TestMembers.in(portalDatabase);
        Created lou = members.individual("Arnaud", "Lou", LocalDate.of(1991, 1, 1));
        Created tim = members.individual("Blanc", "Tim", LocalDate.of(1991, 1, 1));
        request.getSession(true).setAttribute(SignedInUser.SESSION_KEY,
                new SignedInUser(0, lou.memberId(), Set.of("MEMBER"), Instant.now(), null));

        IssuedAttestation issued = attestations.issue(LocalDate.of(2021, 3, 1));

        List<DataSection> export = personalData.export(lou.memberId(), 0);
        assertThat(export).hasSize(1);
        assertThat(export.get(0).title()).isEqualTo("Attestations de droits délivrées");
        assertThat(export.get(0).rows()).containsExactly(List.of(lou.membershipNumber(), "01/03/2021",
                FrenchFormats.dateTime(issued.getIssuedAt()), issued.getFormattedCode()));
        assertThat(personalData.export(tim.memberId(), 0).get(0).rows()).isEmpty();
        assertThat(attestations.verify(issued.getCode())).hasValueSatisfying(v -> assertThat(v.authentic()).isTrue());
    }

    // --- helpers ------------------------------------------------------------------------------------------

    private WebClient signedIn(Family member) {
        WebClient browser = client();
        browser.login(member.login(), PASSWORD);
        return browser;
    }

    private WebClient client() {
        return new WebClient(URI.create(base.toString()));
    }

    private static LocalDate today() {
        return LocalDate.now(PARIS);
    }

    private static String error(Page page, String field) {
        return page.html().select(".field:has([id='" + field + "']) .ui-message-error").text();
    }

    /** Keeps a copy in target/documents/ to look at (pdftoppm), and returns it. */
    private static byte[] keep(String name, byte[] pdf) throws IOException {
        java.nio.file.Path folder = java.nio.file.Files.createDirectories(java.nio.file.Path.of("target", "documents"));
        java.nio.file.Files.write(folder.resolve(name + ".pdf"), pdf);
        return pdf;
    }
}
