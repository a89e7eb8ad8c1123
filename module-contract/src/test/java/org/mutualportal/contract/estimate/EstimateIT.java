package org.mutualportal.contract.estimate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mutualportal.core.testing.ApiCalls.assertReport;
import static org.mutualportal.core.testing.ApiCalls.rejections;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.mail.internet.MimeMessage;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.mutualportal.core.testing.ApiCalls;
import org.mutualportal.core.testing.TestMembers;
import org.mutualportal.core.testing.TestMembers.Created;
import org.mutualportal.testing.EmbeddedDatabase;
import org.mutualportal.testing.PortalDeployment;
import org.mutualportal.testing.PortalTest;
import org.mutualportal.testing.TestMailServer;
import org.mutualportal.testing.WebClient;
import org.mutualportal.testing.WebClient.Page;

/**
 * "Estimer mon remboursement" on Payara Micro with PostgreSQL and the demo data: the estimate of a demo member's
 * quote line by line, every field's French message, the PDF read back, the "demande de prise en charge" with its
 * quote and its stages set by the management system, 404 for another member's beneficiary or estimate, and the
 * imports of the catalogue of care items, the offers' rules and the beneficiaries' usage.
 */
@PortalTest
class EstimateIT {

    private static final String PASSWORD = "Vacances-Ete2026";
    private static final byte[] PDF = "%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

    @Deployment
    static WebArchive deployment() {
        return PortalDeployment.module()
                .withClasses(TestMembers.class, TestMembers.Created.class, ApiCalls.class, ApiCalls.Answer.class)
                .withConfig("portal.demo-data", "true")
                .withConfig("portal.api.clients", ApiCalls.clientsConfig())
                .build();
    }

    @ArquillianResource
    URL base;

    @Inject
    HttpServletRequest request;

    @Resource(lookup = "java:app/jdbc/portal")
    DataSource portalDatabase;

    /** The database as the test sees it: the container's datasource in the container, the embedded one outside. */
    private TestMembers db() {
        return TestMembers.in(portalDatabase != null ? portalDatabase : EmbeddedDatabase.dataSource());
    }

    /** A member of "Labellisée Confort", born in 1980, signed in. */
    private WebClient signedIn(Created card) {
        String login = "estimate-" + System.nanoTime() + "@example.fr";
        db().account(card.memberId(), login, PASSWORD);
        WebClient browser = new WebClient(URI.create(base.toString()));
        browser.login(login, PASSWORD);
        return browser;
    }

    private Created member(String lastName, String firstName) {
        return db().individual(lastName, firstName, LocalDate.of(1980, 5, 17));
    }

    private static String field(Page page, String id) {
        return page.html().select(".field:has([id='" + id + "']) .ui-message-error").text();
    }

    private static String plain(String text) {
        return text.replace('\u00A0', ' ').replace('\u202F', ' ');
    }

    private static WebClient.Form glasses(Page page, String frame, String framePrice, String lens, String lensPrice) {
        return page.form("estimate").set("estimate:frameItem", frame).set("estimate:framePrice", framePrice)
                .set("estimate:rightLensItem", lens).set("estimate:rightLensPrice", lensPrice)
                .set("estimate:leftLensItem", lens).set("estimate:leftLensPrice", lensPrice);
    }

    // --- The page ------------------------------------------------------------------------------------------

    @Test
    @RunAsClient
    void aDemoMemberEstimatesGlassesLineByLineWithTheSameNeedIn100PercentSante() {
        WebClient browser = new WebClient(URI.create(base.toString()));
        browser.login("marie.leroy@example.fr", "Adherent#2026");
        long julien = db().count("select id from beneficiary where external_id = 'DEMO-B-0002'");

        Page start = browser.get("contract/estimate.xhtml");
        assertThat(start.html().select("#choose select[name=beneficiaire] option").eachText())
                .contains("Marie LEROY", "Julien LEROY", "Léa LEROY", "Hugo LEROY");
        assertThat(browser.get("contract/coverage.xhtml").html().select("#estimate").attr("href")).endsWith("/contract/estimate.xhtml");
        Page form = browser.get("contract/estimate.xhtml?beneficiaire=" + julien + "&soin=optique");
        assertThat(form.html().select("#estimate h3").first().text()).isEqualTo("Montants du devis de Optique : monture et verres pour Julien LEROY");

        Page result = glasses(form, "OPT-MONTURE-B", "150,00", "OPT-VERRE-B-SIMPLE", "120").submit("estimate:compute");

        assertThat(result.html().select("#lines tr.line")).hasSize(3);
        assertThat(plain(result.html().select("#lines tr.line").get(0).text())).contains("Monture — Monture à tarif libre (classe B)",
                "150,00 €", "0,05 €", "60 %", "0,03 €", "100,00 €", "49,97 €");
        assertThat(plain(result.html().select("#totals").text())).contains("390,00 €", "0,09 €", "200,00 €", "189,91 €");
        assertThat(plain(result.html().select("#lines tr.why").get(0).text())).contains("Pourquoi ce montant ?",
                "Vous avez dépensé 150,00 €.",
                "La Sécurité sociale rembourse 60 % de la base de remboursement de 0,05 €, soit 0,03 €.",
                "Votre garantie « Équipement à tarifs libres (classe B) : verres simples et monture » prévoit jusqu'à 200,00 € "
                        + "en plus de la Sécurité sociale : la mutuelle verse 100,00 €.",
                "La garantie limite la prise en charge de la monture à 100,00 €.");
        assertThat(result.html().select("#basket").text()).isEqualTo("Ce devis ne relève pas du 100 % Santé.");
        assertThat(plain(result.html().select("#alternative").text())).contains("Le même besoin en 100 % Santé",
                "Monture — Monture 100 % Santé (classe A) : prix limite 30,00 €",
                "Reste à charge en 100 % Santé : 0,00 €, au lieu de 189,91 € avec ce devis.");
        assertThat(result.html().select("#pdf").attr("href")).matches(".*/contract/estimation/estimation-\\d+\\.pdf");

        long lea = db().count("select id from beneficiary where external_id = 'DEMO-B-0003'");
        Page renewal = glasses(browser.get("contract/estimate.xhtml?beneficiaire=" + lea + "&soin=optique"), "OPT-MONTURE-A",
                "30", "OPT-VERRE-A-SIMPLE", "32,50").submit("estimate:compute");
        assertThat(plain(renewal.html().select("#totals").text())).contains("95,00 €", "0,00 €");
        assertThat(renewal.html().select("#lines tr.why").first().text()).contains("Un équipement a déjà été pris en charge le",
                "il ne peut être renouvelé que tous les", "Avant cette date, ni la Sécurité sociale ni la mutuelle ne le remboursent.");
    }

    @Test
    @RunAsClient
    void aCrownAndAnImplantShowTheCapAlreadyUsedAndThe100PercentBadge() {
        WebClient browser = new WebClient(URI.create(base.toString()));
        browser.login("marie.leroy@example.fr", "Adherent#2026");
        long marie = db().count("select id from beneficiary where external_id = 'DEMO-B-0001'");

        Page result = browser.get("contract/estimate.xhtml?beneficiaire=" + marie + "&soin=dentaire").form("estimate")
                .set("estimate:firstActItem", "DEN-COURONNE-100").set("estimate:firstActTooth", "21")
                .set("estimate:firstActPrice", "500").set("estimate:secondActItem", "DEN-IMPLANT")
                .set("estimate:secondActPrice", "1 200,00").submit("estimate:compute");

        assertThat(result.html().select("#lines tr.line").get(0).select(".offer-badge").text()).isEqualTo("100 % Santé");
        assertThat(plain(result.html().select("#lines tr.line").get(0).text())).contains("(dent 21)", "72,00 €", "428,00 €");
        assertThat(plain(result.html().select("#lines tr.why").get(1).text())).contains(
                "Cet acte n'est pas remboursé par la Sécurité sociale.", "Vous avez déjà utilisé 450,00 € de cette garantie",
                "la mutuelle verse 150,00 €");
        assertThat(result.html().select("#basket").attr("data-basket")).isEqualTo("PARTIAL");
        assertThat(result.text()).contains("Sans équivalent dans le panier 100 % Santé : Implant dentaire (pose, hors couronne).");
    }

    @Test
    @RunAsClient
    void everyFieldGetsItsFrenchMessageAndNothingIsEstimated() {
        Created ana = member("Morel", "Ana");
        WebClient browser = signedIn(ana);
        long before = db().count("select count(*) from contract_estimate where membership_id = ?", ana.membershipId());
        Page optique = browser.get("contract/estimate.xhtml?beneficiaire=" + ana.beneficiaryId() + "&soin=optique");

        Page refused = optique.form("estimate").set("estimate:framePrice", "abc").set("estimate:rightLensItem", "OPT-VERRE-B-SIMPLE")
                .set("estimate:rightLensPrice", "0").set("estimate:leftLensItem", "OPT-VERRE-B-SIMPLE")
                .submit("estimate:compute");

        assertThat(field(refused, "estimate:frameItem")).isEqualTo("Choisissez le produit ou l'acte de cette ligne du devis.");
        assertThat(field(refused, "estimate:framePrice")).isEqualTo("Montant invalide : saisissez un montant en euros, par exemple 129,90.");
        assertThat(field(refused, "estimate:rightLensPrice")).isEqualTo("Le montant doit être supérieur à 0.");
        assertThat(field(refused, "estimate:leftLensPrice")).isEqualTo("Saisissez le prix de vente indiqué sur le devis.");
        assertThat(refused.html().select("#result")).isEmpty();

        Page dental = browser.get("contract/estimate.xhtml?beneficiaire=" + ana.beneficiaryId() + "&soin=dentaire").form("estimate")
                .set("estimate:firstActItem", "DEN-COURONNE-LIBRE").set("estimate:firstActTooth", "99")
                .set("estimate:firstActPrice", "600").set("estimate:secondActItem", "DEN-IMPLANT").submit("estimate:compute");
        assertThat(field(dental, "estimate:firstActTooth")).startsWith("Numéro de dent invalide");
        Page missingPrice = browser.get("contract/estimate.xhtml?beneficiaire=" + ana.beneficiaryId() + "&soin=dentaire")
                .form("estimate").set("estimate:firstActItem", "DEN-COURONNE-LIBRE").set("estimate:firstActPrice", "600")
                .set("estimate:secondActItem", "DEN-IMPLANT").submit("estimate:compute");
        assertThat(field(missingPrice, "estimate:secondActPrice")).isEqualTo("Saisissez le prix de vente de cette ligne, ou choisissez « Aucun ».");
        Page missingItem = browser.get("contract/estimate.xhtml?beneficiaire=" + ana.beneficiaryId() + "&soin=dentaire")
                .form("estimate").set("estimate:firstActItem", "DEN-COURONNE-LIBRE").set("estimate:firstActPrice", "600")
                .set("estimate:secondActPrice", "300").submit("estimate:compute");
        assertThat(field(missingItem, "estimate:secondActItem")).isEqualTo("Choisissez le produit ou l'acte de cette ligne du devis.");
        Page noEar = browser.get("contract/estimate.xhtml?beneficiaire=" + ana.beneficiaryId() + "&soin=audition")
                .form("estimate").submit("estimate:compute");
        assertThat(field(noEar, "estimate:rightEarItem")).isEqualTo("Saisissez au moins une oreille.");
        Page forged = browser.get("contract/estimate.xhtml?beneficiaire=" + ana.beneficiaryId() + "&soin=audition")
                .form("estimate").set("estimate:rightEarItem", "DEN-IMPLANT").set("estimate:rightEarPrice", "900")
                .submit("estimate:compute");
        assertThat(field(forged, "estimate:rightEarItem")).as("an item of another kind of care").isNotEmpty();
        assertThat(db().count("select count(*) from contract_estimate where membership_id = ?", ana.membershipId())).isEqualTo(before);

        Page estimated = browser.get("contract/estimate.xhtml?beneficiaire=" + ana.beneficiaryId() + "&soin=audition")
                .form("estimate").set("estimate:rightEarItem", "AUD-CLASSE-II").set("estimate:rightEarPrice", "1500")
                .submit("estimate:compute");
        Page noQuote = estimated.form("estimate").upload("estimate:sendRequest", "estimate:quoteFiles", Map.of());
        assertThat(field(noQuote, "estimate:quoteFiles")).isEqualTo("Joignez le devis remis par le professionnel.");
        Page wrongFile = estimated.form("estimate").upload("estimate:sendRequest", "estimate:quoteFiles",
                Map.of("devis.exe", "MZ not a quote".getBytes(StandardCharsets.US_ASCII)));
        assertThat(field(wrongFile, "estimate:quoteFiles")).contains("« devis.exe » n'est pas accepté");
        assertThat(db().count("select count(*) from member_request where member_id = ?", ana.memberId())).isZero();
    }

    @Test
    @RunAsClient
    void theEstimateIsAPdfReadBackWithItsLinesAndExplanations() throws IOException {
        Created paul = member("Renard", "Paul");
        WebClient browser = signedIn(paul);
        Page result = browser.get("contract/estimate.xhtml?beneficiaire=" + paul.beneficiaryId() + "&soin=audition").form("estimate")
                .set("estimate:rightEarItem", "AUD-CLASSE-II").set("estimate:rightEarPrice", "1800")
                .set("estimate:leftEarItem", "AUD-CLASSE-I").set("estimate:leftEarPrice", "950").submit("estimate:compute");
        String href = result.html().select("#pdf").attr("href");

        Page download = browser.get(href);
        String text = pdfText(browser.bytes(href)).replaceAll("\\s+", " ");

        assertThat(download.header("Content-Type")).startsWith("application/pdf");
        assertThat(text).contains("Estimation de remboursement", "Aides auditives", "Paul RENARD", "contrat n° CT-" + paul.membershipNumber(),
                "Labellisée Confort", "Oreille droite — Aide auditive à tarif libre (classe II), une oreille",
                "1 800,00 € 400,00 € 60 % 240,00 € 960,00 € 600,00 €",
                "La Sécurité sociale rembourse 60 % de la base de remboursement de 400,00 €, soit 240,00 €.",
                "Une partie de ce devis relève du 100 % Santé", "Le même besoin en 100 % Santé",
                "Reste à charge en 100 % Santé : 0,00 €, au lieu de 600,00 € avec ce devis.", "Total 2 750,00 € 480,00 € 1 670,00 € 600,00 €",
                "Estimation indicative");
    }

    private static String pdfText(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return plain(new PDFTextStripper().getText(document));
        }
    }

    // --- The request and its stages ------------------------------------------------------------------------

    @Test
    @RunAsClient
    void aDemandeDePriseEnChargeGoesWithItsQuoteAndShowsTheStagesTheManagementSystemSets() {
        Created zoe = member("Perrin", "Zoé");
        WebClient browser = signedIn(zoe);
        Page estimated = browser.get("contract/estimate.xhtml?beneficiaire=" + zoe.beneficiaryId() + "&soin=dentaire").form("estimate")
                .set("estimate:firstActItem", "DEN-COURONNE-LIBRE").set("estimate:firstActPrice", "800").submit("estimate:compute");

        Page sent = browser.follow(estimated.form("estimate").upload("estimate:sendRequest", "estimate:quoteFiles",
                Map.of("devis-dentiste.pdf", PDF)));

        assertThat(sent.uri().getPath()).endsWith("/contract/estimate.xhtml");
        assertThat(sent.text()).contains("Votre demande de prise en charge a bien été envoyée");
        long request = db().count("select id from member_request where member_id = ? and type_code = 'contract.estimate'", zoe.memberId());
        assertThat(db().text("select payload from member_request where id = ?", request)).contains("\"careKind\":\"DENTAIRE\"",
                "\"item\":\"DEN-COURONNE-LIBRE\"", "\"ssAmount\":72.00", "\"mutualAmount\":288.00", "\"remaining\":440.00");
        assertThat(db().text("select string_agg(file_name, ',' order by file_name) from member_request_attachment where request_id = ?",
                request)).matches("devis-dentiste\\.pdf,estimation-\\d+\\.pdf");
        assertThat(db().count("select request_id from contract_estimate where request_id = ?", request)).isEqualTo(request);
        assertThat(sent.html().select("#requests li[data-request=" + request + "] .status").text()).isEqualTo("Envoyée");

        ApiCalls api = ApiCalls.asClient(URI.create(base.toString()));
        assertThat(api.awaitInFeed(request).getString("type")).isEqualTo("contract.estimate");
        assertThat(api.put("api/v1/requests/" + request + "/status",
                "{\"stage\":\"INCOMPLETE\",\"reason\":\"Il manque la prescription de votre dentiste.\"}").status()).isEqualTo(200);
        Page incomplete = browser.get("contract/estimate.xhtml");
        assertThat(incomplete.html().select("#requests li[data-request=" + request + "] .stage").text())
                .isEqualTo("Incomplète : un document manque");
        assertThat(incomplete.html().select("#requests li[data-request=" + request + "] .reason").text())
                .contains("Il manque la prescription de votre dentiste.");
        MimeMessage told = stageMail(zoe, 2);
        assertThat(TestMailServer.subject(told))
                .isEqualTo("Votre demande de prise en charge (n° " + request + ") : Incomplète : un document manque");
        assertThat(TestMailServer.text(told)).contains("Il manque la prescription de votre dentiste.",
                "/contract/estimate.xhtml#request-" + request).doesNotContain("800,00", "440,00");
        assertThat(api.put("api/v1/requests/" + request + "/status", "{\"stage\":\"UNKNOWN\"}").status()).isEqualTo(400);

        // The member joins the missing document on the same request, which goes back to the management system.
        String form = incomplete.html().select("#requests li[data-request=" + request + "] form").attr("id");
        Page refused = incomplete.form(form).upload(form + ":completeRequest", form + ":completionFiles", Map.of());
        assertThat(refused.text()).contains("Joignez le document que la mutuelle vous demande.");
        Page completed = browser.follow(incomplete.form(form).upload(form + ":completeRequest", form + ":completionFiles",
                Map.of("prescription.pdf", PDF)));
        assertThat(completed.text()).contains("Votre document est joint à votre demande n° " + request);
        assertThat(db().text("select coalesce(stage, '-') || '|' || status || '|' || (acknowledged_at is null)::text "
                + "from member_request where id = ?", request)).isEqualTo("-|IN_PROGRESS|true");
        assertThat(db().count("select count(*) from member_request_attachment where request_id = ?", request)).isEqualTo(3);
        assertThat(api.awaitInFeed(request).getJsonNumber("id").longValue()).as("back in the feed").isEqualTo(request);
        assertThat(api.put("api/v1/requests/" + request + "/status", "{\"stage\":\"ACCEPTED\"}").status()).isEqualTo(200);
        Page accepted = browser.get("contract/estimate.xhtml");
        assertThat(accepted.html().select("#requests li[data-request=" + request + "] .stage").text()).isEqualTo("Acceptée");
        assertThat(db().text("select status || '|' || stage from member_request where id = ?", request)).isEqualTo("DONE|ACCEPTED");
        assertThat(TestMailServer.subject(stageMail(zoe, 3)))
                .isEqualTo("Votre demande de prise en charge (n° " + request + ") : Acceptée");
    }

    @Test
    @RunAsClient
    void theRequestsListedAreTheSelectedMembershipsHoweverManyAnotherOneHas() {
        Created leo = member("Faure", "Léo");
        long other = db().addMembership(leo.memberId(), "COLLECTIVE", "Calanques Logistique");
        long own = estimateRequest(leo.memberId(), leo.membershipId(), 2);
        for (int i = 0; i < 25; i++) {
            estimateRequest(leo.memberId(), other, 1);
        }
        WebClient browser = signedIn(leo);
        browser.follow(browser.get("home.xhtml").form("header")
                .set("header:membership", Long.toString(leo.membershipId())).submit("header:switch"));

        Page page = browser.get("contract/estimate.xhtml");

        assertThat(page.html().select("#requests li[data-request]").eachAttr("data-request")).containsExactly(Long.toString(own));
    }

    /** A demande de prise en charge of a membership, sent {@code daysAgo} days ago. */
    private long estimateRequest(long memberId, long membershipId, int daysAgo) {
        db().execute("""
                insert into member_request (member_id, membership_id, type_code, module_id, status, summary, for_management,
                                            created_at, updated_at, estimated_date)
                values (?, ?, 'contract.estimate', 'contract', 'SENT', 'Demande de prise en charge', true,
                        now() - make_interval(days => ?), now(), current_date)""", memberId, membershipId, daysAgo);
        return db().count("select max(id) from member_request where member_id = ? and membership_id = ?", memberId, membershipId);
    }

    /** The latest e-mail telling the member where a demande de prise en charge stands, once the member has that many. */
    private MimeMessage stageMail(Created member, int mails) {
        String email = db().text("select email from member where id = ?", member.memberId());
        List<MimeMessage> received = TestMailServer.awaitMessages(email, mails, Duration.ofSeconds(30));
        return received.stream().filter(m -> TestMailServer.subject(m).startsWith("Votre demande de prise en charge"))
                .reduce((first, second) -> second).orElseThrow();
    }

    // --- Scope ---------------------------------------------------------------------------------------------

    @Test
    @RunAsClient
    void anotherMembersBeneficiaryOrEstimateAnswers404() {
        Created owner = member("Carre", "Jules");
        WebClient ownerBrowser = signedIn(owner);
        String href = ownerBrowser.get("contract/estimate.xhtml?beneficiaire=" + owner.beneficiaryId() + "&soin=audition")
                .form("estimate").set("estimate:rightEarItem", "AUD-CLASSE-I").set("estimate:rightEarPrice", "950")
                .submit("estimate:compute").html().select("#pdf").attr("href");
        Created intruder = member("Roy", "Inès");
        WebClient browser = signedIn(intruder);

        assertThat(browser.get("contract/estimate.xhtml?beneficiaire=" + owner.beneficiaryId() + "&soin=optique").status()).isEqualTo(404);
        assertThat(browser.get("contract/estimate.xhtml?beneficiaire=abc&soin=optique").status()).isEqualTo(404);
        assertThat(browser.get("contract/estimate.xhtml?beneficiaire=" + intruder.beneficiaryId() + "&soin=lunettes").status()).isEqualTo(404);
        assertThat(browser.get(href).status()).isEqualTo(404);
        assertThat(browser.get("contract/estimation/estimation-abc.pdf").status()).isEqualTo(404);
        assertThat(ownerBrowser.get(href).status()).isEqualTo(200);
        assertThat(browser.get("contract/estimate.xhtml?beneficiaire=" + intruder.beneficiaryId() + "&soin=optique").status()).isEqualTo(200);
    }

    // --- Imports -------------------------------------------------------------------------------------------

    @Test
    void careItemsAreCreatedReplayedAndReplacedWithTheirBands() {
        String code = "IT-" + UUID.randomUUID().toString().substring(0, 8);
        ApiCalls api = ApiCalls.from(request);

        JsonObject created = api.post("api/v1/contract/care-items", "[" + careItem(code, "950.00") + "]").object();
        JsonObject replay = api.post("api/v1/contract/care-items", "[" + careItem(code, "950") + "]").object();
        JsonObject changed = api.post("api/v1/contract/care-items", "[" + careItem(code, "990.00") + "]").object();
        JsonObject invalid = api.post("api/v1/contract/care-items", "[{\"code\":\"" + code + "-X\",\"label\":\"Cassé\","
                + "\"category\":\"HOSPITALISATION\",\"slot\":\"LENS\",\"position\":1,\"ssRate\":\"160\",\"alternative\":\"" + code
                + "-X\",\"bands\":[{\"minAge\":30,\"maxAge\":20,\"ssBase\":\"1.00\"}]}]").object();

        assertReport(created, 1, 1, 0, 0, 0);
        assertReport(replay, 1, 0, 0, 1, 0);
        assertReport(changed, 1, 0, 1, 0, 0);
        assertThat(db().text("select string_agg(min_age || ':' || price_limit, ',' order by min_age) from contract_care_item_band "
                + "where item_code = ?", code)).isEqualTo("0:1400.00,21:990.00");
        assertThat(rejections(invalid)).containsExactlyInAnyOrder(
                "0|category|Valeur « HOSPITALISATION » inconnue ; valeurs possibles : OPTIQUE, DENTAIRE, AIDES_AUDITIVES.",
                "0|ssRate|Taux en pourcentage attendu, de 0 à 100.",
                "0|alternative|Un soin ne peut pas être son propre équivalent 100 % Santé.",
                "0|bands[0].maxAge|L'âge maximal précède l'âge minimal.");
    }

    @Test
    void offersCarryTheirRulesAndUsageCountsAgainstTheCaps() {
        String code = "IT-" + UUID.randomUUID().toString().substring(0, 8);
        ApiCalls api = ApiCalls.from(request);
        Created eva = member("Hamon", "Eva");
        String beneficiary = db().text("select external_id from beneficiary where id = ?", eva.beneficiaryId());

        JsonObject offer = api.post("api/v1/contract/offers", "[" + offer(code, "600.00") + "]").object();
        JsonObject replay = api.post("api/v1/contract/offers", "[" + offer(code, "600") + "]").object();
        JsonObject changed = api.post("api/v1/contract/offers", "[" + offer(code, "700.00") + "]").object();
        JsonObject brokenRule = api.post("api/v1/contract/offers", "[" + offer(code, "700.00")
                .replace("\"scope\":\"PERIOD\",\"periodMonths\":12,", "\"scope\":\"PERIOD\",")
                .replace("\"items\":[\"DEN-IMPLANT\"]", "\"items\":[]") + "]").object();
        String usage = "{\"externalId\":\"IT-U-" + code + "\",\"beneficiary\":\"" + beneficiary + "\",\"category\":\"DENTAIRE\","
                + "\"rule\":\"R-DEN-IMPLANT\",\"careDate\":\"2026-01-10\",\"mutualAmount\":\"450.00\"}";
        JsonObject used = api.post("api/v1/contract/benefit-usage", "[" + usage + "]").object();
        JsonObject usedAgain = api.post("api/v1/contract/benefit-usage", "[" + usage + "]").object();
        JsonObject unknown = api.post("api/v1/contract/benefit-usage", "[" + usage.replace(beneficiary, "IT-BEN-UNKNOWN")
                .replace("IT-U-", "IT-V-") + "]").object();

        assertReport(offer, 1, 1, 0, 0, 0);
        assertReport(replay, 1, 0, 0, 1, 0);
        assertReport(changed, 1, 0, 1, 0, 0);
        assertThat(db().text("select amount || '|' || scope || '|' || period_months from contract_guarantee_rule "
                + "where offer_code = ? and code = 'R-DEN-IMPLANT'", code)).isEqualTo("700.00|PERIOD|12");
        assertThat(db().count("select count(*) from contract_guarantee_rule_item i join contract_guarantee_rule r on r.id = i.rule_id "
                + "where r.offer_code = ?", code)).isEqualTo(2);
        assertThat(rejections(brokenRule)).containsExactlyInAnyOrder(
                "0|rules[1].periodMonths|Durée de la période obligatoire pour une règle PERIOD.",
                "0|rules[1].items|Liste des codes de soins obligatoire (textes de 40 caractères au plus).");
        assertReport(used, 1, 1, 0, 0, 0);
        assertReport(usedAgain, 1, 0, 0, 1, 0);
        assertThat(rejections(unknown)).containsExactly("0|beneficiary|Bénéficiaire inconnu : IT-BEN-UNKNOWN.");
        assertThat(db().text("select mutual_amount from contract_benefit_usage where external_id = ?", "IT-U-" + code))
                .isEqualTo("450.00");
    }

    @Test
    @RunAsClient
    void theNewResourcesAreProtectedAndDocumented() {
        URI root = URI.create(base.toString());
        assertThat(ApiCalls.at(root, null, null).post("api/v1/contract/care-items", "[]").status()).isEqualTo(401);
        assertThat(ApiCalls.at(root, null, null).post("api/v1/contract/benefit-usage", "[]").status()).isEqualTo(401);
        String openapi = ApiCalls.at(root.resolve("/"), null, null).get("openapi").body();
        assertThat(openapi).contains("/api/v1/contract/care-items", "/api/v1/contract/benefit-usage", "CareItemBand",
                "OfferRule", "BenefitUsage");
    }

    private static String careItem(String code, String limit) {
        return "{\"code\":\"" + code + "\",\"label\":\"Aide auditive d'essai\",\"category\":\"AIDES_AUDITIVES\","
                + "\"slot\":\"HEARING_AID\",\"position\":99,\"fullCoverageBasket\":true,\"ssRate\":60,"
                + "\"bands\":[{\"minAge\":21,\"maxAge\":150,\"ssBase\":\"400.00\",\"priceLimit\":\"" + limit + "\",\"renewalMonths\":48},"
                + "{\"minAge\":0,\"maxAge\":20,\"ssBase\":1400,\"priceLimit\":1400,\"renewalMonths\":48}]}";
    }

    /** A test offer nobody may choose, so that it stays out of the offers other tests compare. */
    private static String offer(String code, String implant) {
        return "{\"code\":\"" + code + "\",\"label\":\"Offre d'essai\",\"kind\":\"INDIVIDUAL\",\"rank\":8,\"openToChange\":false,"
                + "\"guarantees\":[{\"category\":\"DENTAIRE\",\"position\":1,\"label\":\"Implants\",\"coverage\":\"Par an\"}],"
                + "\"rules\":[{\"code\":\"R-DEN-100\",\"position\":1,\"label\":\"Prothèses 100 % Santé\",\"basis\":\"FULL_COVERAGE_BASKET\","
                + "\"items\":[\"DEN-COURONNE-100\"]},"
                + "{\"code\":\"R-DEN-IMPLANT\",\"position\":2,\"label\":\"Implants dentaires (par an)\",\"basis\":\"AMOUNT\",\"amount\":\""
                + implant + "\",\"scope\":\"PERIOD\",\"periodMonths\":12,\"items\":[\"DEN-IMPLANT\"]}]}";
    }
}
