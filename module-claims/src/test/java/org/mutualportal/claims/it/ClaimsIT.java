package org.mutualportal.claims.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.mail.internet.MimeMessage;
import java.net.URI;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.mutualportal.api.text.FrenchFormats;
import org.mutualportal.api.time.FrenchBusinessDays;
import org.mutualportal.core.testing.ApiCalls;
import org.mutualportal.core.testing.ApiCalls.Answer;
import org.mutualportal.core.testing.TestMembers;
import org.mutualportal.core.testing.TestMembers.Created;
import org.mutualportal.testing.EmbeddedDatabase;
import org.mutualportal.testing.PortalDeployment;
import org.mutualportal.testing.PortalTest;
import org.mutualportal.testing.TestMailServer;
import org.mutualportal.testing.WebClient;
import org.mutualportal.testing.WebClient.Page;

/**
 * "Envoyer une facture" on Payara Micro with PostgreSQL and GreenMail: a claim with its proofs becomes one numbered
 * request of Suivi that the management system collects with its files; every field says what is wrong next to it and
 * nothing is half-saved; a proof sent twice is flagged until confirmed; files are recognised by content; a member never
 * reaches another member's claim; collective members send claims too; an incomplete claim is completed on its page
 * and goes back to the feed; the member is told by e-mail.
 */
@PortalTest
@RunAsClient
class ClaimsIT {

    private static final String PASSWORD = "Osteo-Printemps2026";
    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 'I', 'H', 'D', 'R'};

    @Deployment
    static WebArchive deployment() {
        return PortalDeployment.module()
                .withClasses(TestMembers.class, TestMembers.Created.class, TestMembers.AddedBeneficiary.class)
                .withConfig("portal.api.clients", ApiCalls.clientsConfig())
                .build();
    }

    @ArquillianResource
    URL base;

    /** A member with a child on the membership, signed in. */
    private record Member(Created card, String login, String email, long child, String childExternalId, WebClient browser) {
    }

    @Test
    void twoProofsAndAStatementMakeOneNumberedClaimShownAtOnceAndCollectedWithItsFiles() {
        Member lea = member("Martin", "Léa", false);
        byte[] bill = pdf("Facture ostéopathe Hugo");
        byte[] statement = pdf("Décompte ameli");

        Page sent = lea.browser().follow(send(lea, Map.of("claim:ssReimbursed", "on"), Map.of(
                "claim:proofs", files("facture.pdf", bill, "photo-recu.png", PNG),
                "claim:statement", files("releve ameli.pdf", statement))));

        assertThat(sent.uri().getPath()).endsWith("/claims/claim.xhtml");
        long number = Long.parseLong(sent.uri().getQuery().replaceAll("\\D", ""));
        assertThat(sent.text()).contains("Votre facture est envoyée : demande n° " + number, "Envoyée", "Hugo",
                "Ostéopathie", "60,00 €", "Oui, décompte joint");
        assertThat(sent.html().select("#status").text()).isEqualTo("Envoyée");
        assertThat(sent.text()).contains(FrenchFormats.date(FrenchBusinessDays.add(LocalDate.now(PARIS), 10)));
        assertThat(sent.html().select("#files a").eachText()).containsExactly("justificatif-1-facture.pdf",
                "justificatif-2-photo-recu.png", "decompte-releve ameli.pdf");
        Page file = lea.browser().get(sent.html().select("#files a").get(0).attr("href"));
        assertThat(file.status()).isEqualTo(200);
        assertThat(file.header("Content-Type")).startsWith("application/pdf");

        TestMembers db = db();
        assertThat(db.text("select type_code || '|' || status || '|' || for_management || '|' || estimated_date "
                + "from member_request where id = ?", number))
                .isEqualTo("claims.claim|SENT|true|" + FrenchBusinessDays.add(LocalDate.now(PARIS), 10));
        assertThat(db.text("select amount || '|' || beneficiary_id || '|' || care_kind || '|' || ss_reimbursed "
                + "from claim where request_id = ?", number)).isEqualTo("60.00|" + lea.child() + "|osteopathie|true");
        assertThat(db.count("select count(*) from claim_file where request_id = ?", number)).isEqualTo(3);

        MimeMessage mail = TestMailServer.awaitMessages(lea.email(), 1, Duration.ofSeconds(30)).get(0);
        assertThat(TestMailServer.subject(mail)).isEqualTo("Nous avons bien reçu votre facture (demande n° " + number + ")");
        assertThat(TestMailServer.text(mail)).contains("/claims/claim.xhtml?id=" + number).doesNotContain("Ostéopathie");

        ApiCalls api = ApiCalls.asClient(URI.create(base.toString()));
        JsonObject item = api.awaitInFeed(number);
        assertThat(item.getString("type")).isEqualTo("claims.claim");
        assertThat(item.getString("typeLabel")).isEqualTo("Facture envoyée en ligne");
        assertThat(item.getString("summary")).contains("60,00", "Hugo").doesNotContain("stéopathie");
        JsonObject payload = item.getJsonObject("payload");
        assertThat(payload.getString("membershipNumber")).isEqualTo(lea.card().membershipNumber());
        assertThat(payload.getString("beneficiary")).isEqualTo(lea.childExternalId());
        assertThat(payload.getString("careKind")).isEqualTo("osteopathie");
        assertThat(payload.getString("careKindLabel")).isEqualTo("Ostéopathie");
        assertThat(payload.getString("careDate")).isEqualTo(LocalDate.now(PARIS).minusDays(10).toString());
        assertThat(payload.getString("amount")).isEqualTo("60.00");
        assertThat(payload.getBoolean("socialSecurityReimbursed")).isTrue();
        assertThat(payload.getJsonArray("duplicateOf")).isEmpty();
        assertThat(payload.getJsonArray("files").stream().map(f -> f.asJsonObject().getString("role") + "|"
                + f.asJsonObject().getString("fileName")).toList())
                .containsExactly("PROOF|justificatif-1-facture.pdf", "PROOF|justificatif-2-photo-recu.png",
                        "STATEMENT|decompte-releve ameli.pdf");
        JsonArray attachments = item.getJsonArray("attachments");
        assertThat(attachments).hasSize(3);
        Answer downloaded = api.get(attachments.getJsonObject(0).getString("href").substring(1));
        assertThat(downloaded.bytes()).isEqualTo(bill);

        Page list = lea.browser().get("claims/index.xhtml");
        assertThat(list.html().select("#claims tr.claim")).hasSize(1);
        assertThat(list.html().select("#claims").text()).contains(Long.toString(number), "Ostéopathie", "60,00 €", "Envoyée");
    }

    @Test
    void everyFieldTellsWhatIsWrongNextToItAndNothingIsSaved() {
        Member noe = member("Bernard", "Noé", false);
        Page empty = send(noe, blank(), Map.of());
        assertThat(field(empty, "claim:beneficiary")).isEqualTo("Choisissez le bénéficiaire des soins.");
        assertThat(field(empty, "claim:careKind")).isEqualTo("Choisissez le type de soins dans la liste.");
        assertThat(field(empty, "claim:careDate")).isEqualTo("Saisissez la date des soins.");
        assertThat(field(empty, "claim:amount")).isEqualTo("Saisissez le montant payé.");
        assertThat(field(empty, "claim:proofs")).isEqualTo("Joignez au moins un justificatif : la facture acquittée ou le reçu.");

        Page future = send(noe, Map.of("claim:careDate", FrenchFormats.date(LocalDate.now(PARIS).plusDays(1)),
                "claim:amount", "0"), proofs("facture.pdf", pdf("a")));
        assertThat(field(future, "claim:careDate")).isEqualTo("La date des soins ne peut pas être dans le futur.");
        assertThat(field(future, "claim:amount")).isEqualTo("Le montant payé doit être supérieur à zéro.");

        Page old = send(noe, Map.of("claim:careDate", FrenchFormats.date(LocalDate.now(PARIS).minusMonths(24).minusDays(1)),
                "claim:amount", "12,345"), proofs("facture.pdf", pdf("a")));
        assertThat(field(old, "claim:careDate")).startsWith("Ces soins datent de plus de 24 mois");
        assertThat(field(old, "claim:amount")).isEqualTo("Montant invalide : deux chiffres après la virgule au plus (les centimes).");

        Page negative = send(noe, Map.of("claim:careDate", "31/02/2026", "claim:amount", "-15"), proofs("facture.pdf", pdf("a")));
        assertThat(field(negative, "claim:careDate")).isEqualTo("Date invalide : saisissez-la au format JJ/MM/AAAA.");
        assertThat(field(negative, "claim:amount")).isEqualTo("Le montant payé doit être supérieur à zéro.");
        Page letters = send(noe, Map.of("claim:amount", "soixante"), proofs("facture.pdf", pdf("a")));
        assertThat(field(letters, "claim:amount")).isEqualTo("Montant invalide : saisissez un nombre, par exemple 1 234,56.");

        Page noStatement = send(noe, Map.of("claim:ssReimbursed", "on"), proofs("facture.pdf", pdf("a")));
        assertThat(field(noStatement, "claim:statement"))
                .isEqualTo("Joignez le décompte de la Sécurité sociale, puisqu'elle a remboursé une partie de cette dépense.");
        Page unexpected = send(noe, Map.of(), Map.of("claim:proofs", files("facture.pdf", pdf("a")),
                "claim:statement", files("releve.pdf", pdf("s"))));
        assertThat(field(unexpected, "claim:statement")).startsWith("Vous avez joint un décompte : cochez");

        Page tooMany = send(noe, Map.of(), proofs("1.pdf", pdf("1"), "2.pdf", pdf("2"), "3.pdf", pdf("3"), "4.pdf", pdf("4"),
                "5.pdf", pdf("5"), "6.pdf", pdf("6")));
        assertThat(field(tooMany, "claim:proofs")).isEqualTo("5 fichiers au maximum.");

        assertThat(empty.text()).as("the date the mutual's limit allows is said under the field")
                .contains("depuis le " + FrenchFormats.date(LocalDate.now(PARIS).minusMonths(24)));
        assertThat(future.html().select("[id='claim:careDate']").attr("value")).as("what the member typed stays")
                .isEqualTo(FrenchFormats.date(LocalDate.now(PARIS).plusDays(1)));
        assertThat(db().count("select count(*) from member_request where member_id = ?", noe.card().memberId())).isZero();
        assertThat(db().count("select count(*) from claim where member_id = ?", noe.card().memberId())).isZero();
    }

    @Test
    void filesAreRecognisedByTheirContentNotByTheirName() {
        Member ines = member("Robert", "Inès", false);

        Page disguised = send(ines, Map.of(), proofs("facture.pdf", "MZ\u0090\u0000 not a pdf".getBytes(StandardCharsets.ISO_8859_1)));
        assertThat(field(disguised, "claim:proofs")).contains("« facture.pdf » n'est pas accepté : seuls les PDF, JPEG et PNG");
        assertThat(db().count("select count(*) from member_request where member_id = ?", ines.card().memberId())).isZero();

        Page renamed = ines.browser().follow(send(ines, Map.of(), proofs("scan.png", pdf("scan"))));
        assertThat(renamed.html().select("#files a").eachText()).containsExactly("justificatif-1-scan.png.pdf");
    }

    @Test
    void aProofAlreadySentForTheBeneficiaryIsFlaggedUntilTheMemberConfirms() {
        Member paul = member("Girard", "Paul", false);
        byte[] bill = pdf("Facture opticien");
        Page first = paul.browser().follow(send(paul, Map.of(), proofs("lunettes.pdf", bill)));
        long earlier = Long.parseLong(first.uri().getQuery().replaceAll("\\D", ""));

        Page again = send(paul, Map.of(), proofs("lunettes-bis.pdf", bill));

        assertThat(again.status()).isEqualTo(200);
        assertThat(field(again, "claim:proofs")).isEqualTo("Le fichier « lunettes-bis.pdf » a déjà été envoyé pour Hugo GIRARD "
                + "avec la demande n° " + earlier + " du " + FrenchFormats.date(LocalDate.now(PARIS))
                + ". S'il s'agit bien d'une autre dépense, cochez « J'envoie ce justificatif à nouveau » et joignez de "
                + "nouveau vos fichiers.");
        assertThat(again.html().select("[id='claim:duplicate-confirmation']").hasClass("until-duplicate"))
                .as("the confirmation box shows without JavaScript").isFalse();
        assertThat(db().count("select count(*) from claim where member_id = ?", paul.card().memberId())).isOne();
        ApiCalls api = ApiCalls.asClient(URI.create(base.toString()));
        String early = paul.browser().get("claims/duplicates?beneficiary=" + paul.child() + "&sha256=" + sha256(bill)).body();
        assertThat(early).contains("\"number\":" + earlier, "a déjà été envoyé pour Hugo GIRARD avec la demande n° " + earlier);
        assertThat(paul.browser().get("claims/duplicates?beneficiary=" + paul.card().beneficiaryId() + "&sha256="
                + sha256(bill)).body()).as("another beneficiary's bill is another bill").contains("\"duplicates\":[]");

        Page otherBeneficiary = paul.browser().follow(send(paul, Map.of("claim:beneficiary",
                Long.toString(paul.card().beneficiaryId())), proofs("lunettes.pdf", bill)));
        assertThat(otherBeneficiary.uri().getPath()).endsWith("/claims/claim.xhtml");
        Page confirmed = paul.browser().follow(send(paul, Map.of("claim:duplicateConfirmed", "on"),
                proofs("lunettes-bis.pdf", bill)));
        assertThat(confirmed.uri().getPath()).endsWith("/claims/claim.xhtml");
        long resent = Long.parseLong(confirmed.uri().getQuery().replaceAll("\\D", ""));
        assertThat(api.awaitInFeed(resent).getJsonObject("payload").getJsonArray("duplicateOf").stream()
                .map(v -> v.toString()).toList()).containsExactly(Long.toString(earlier));
    }

    @Test
    void aMemberNeverReachesAnotherMembersClaimNorItsFiles() {
        Member owner = member("Lambert", "Anne", false);
        Member intruder = member("Fontaine", "Marc", false);
        Page sent = owner.browser().follow(send(owner, Map.of(), proofs("facture.pdf", pdf("Anne"))));
        String claimPath = "claims/claim.xhtml?" + sent.uri().getQuery();
        String filePath = sent.html().select("#files a").attr("href");

        assertThat(owner.browser().get(filePath).status()).isEqualTo(200);
        assertThat(intruder.browser().get(claimPath).status()).isEqualTo(404);
        assertThat(intruder.browser().get(filePath).status()).isEqualTo(404);
        assertThat(intruder.browser().get("claims/duplicates?beneficiary=" + owner.child() + "&sha256=" + sha256(pdf("Anne")))
                .status()).isEqualTo(404);
        assertThat(intruder.browser().get("claims/index.xhtml").text()).contains("Vous n'avez pas encore envoyé de facture");
        assertThat(intruder.browser().get("claims/claim.xhtml?id=abc").status()).isEqualTo(404);
        assertThat(intruder.browser().get("claims/claim.xhtml").status()).isEqualTo(404);
        assertThat(intruder.browser().get("claims/file/12a").status()).isEqualTo(404);
        assertThat(intruder.browser().get("claims/index.xhtml?page=-1").status()).isEqualTo(404);
        Page forged = send(intruder, Map.of("claim:beneficiary", Long.toString(owner.child())), proofs("facture.pdf", pdf("x")));
        assertThat(forged.text()).as("a beneficiary of another membership is not among the choices").contains("Choix incorrect");
        assertThat(db().count("select count(*) from member_request where member_id = ?", intruder.card().memberId())).isZero();
        assertThat(new WebClient(URI.create(base.toString())).get(claimPath).status()).as("signed out: the login page")
                .isBetween(300, 399);
    }

    @Test
    void aMemberOfACollectiveContractSendsClaims() {
        Member karim = member("Benali", "Karim", true);

        Page sent = karim.browser().follow(send(karim, Map.of(), proofs("dentiste.pdf", pdf("Karim"))));

        assertThat(sent.uri().getPath()).endsWith("/claims/claim.xhtml");
        assertThat(sent.text()).contains("Votre facture est envoyée");
    }

    @Test
    void anIncompleteClaimIsCompletedOnItsPageGoesBackToTheFeedAndIsPaid() {
        Member lou = member("Mercier", "Lou", false);
        Page sent = lou.browser().follow(send(lou, Map.of(), proofs("note.pdf", pdf("note"))));
        long number = Long.parseLong(sent.uri().getQuery().replaceAll("\\D", ""));
        ApiCalls api = ApiCalls.asClient(URI.create(base.toString()));
        api.awaitInFeed(number);
        assertThat(api.post("api/v1/requests/" + number + "/ack", "").status()).isEqualTo(200);

        Answer incomplete = api.put("api/v1/requests/" + number + "/status",
                "{\"stage\":\"INCOMPLETE\",\"reason\":\"Il manque la facture acquittée de l'ostéopathe.\"}");

        assertThat(incomplete.status()).isEqualTo(200);
        MimeMessage mail = TestMailServer.awaitMessages(lou.email(), 2, Duration.ofSeconds(30)).get(1);
        assertThat(TestMailServer.subject(mail)).isEqualTo("Votre facture (demande n° " + number + ") : un justificatif manque");
        assertThat(TestMailServer.text(mail)).contains("Il manque la facture acquittée de l'ostéopathe.",
                "/claims/claim.xhtml?id=" + number);
        Page waiting = lou.browser().get("claims/claim.xhtml?id=" + number);
        assertThat(waiting.html().select("#stage").text()).isEqualTo("Incomplète : un justificatif manque");
        assertThat(waiting.html().select("#reason").text()).isEqualTo("Il manque la facture acquittée de l'ostéopathe.");
        assertThat(waiting.html().select("#status").text()).isEqualTo("En cours");
        assertThat(lou.browser().get("home.xhtml").html().select("#claims-awaiting").text())
                .contains("Une facture attend un justificatif de votre part.");
        assertThat(api.feed().stream().map(i -> i.getJsonNumber("id").longValue()).toList()).as("acknowledged: out of the feed while the mutual waits").doesNotContain(number);

        Page nothing = waiting.form("complete").upload("complete:add", Map.of());
        assertThat(field(nothing, "complete:complements")).isEqualTo("Joignez au moins un fichier.");
        Page completed = lou.browser().follow(waiting.form("complete").upload("complete:add",
                Map.of("complete:complements", files("facture-acquittee.jpg", jpeg()))));

        assertThat(completed.text()).contains("vos justificatifs sont ajoutés et votre facture est de nouveau transmise");
        assertThat(completed.html().select("#stage")).isEmpty();
        assertThat(completed.html().select("#awaiting")).as("nothing more to add").isEmpty();
        assertThat(completed.html().select("#files a").eachText()).containsExactly("justificatif-1-note.pdf",
                "complement-1-facture-acquittee.jpg");
        JsonObject back = api.awaitInFeed(number);
        assertThat(back.getString("status")).isEqualTo("IN_PROGRESS");
        assertThat(back.getJsonArray("attachments").stream().map(a -> a.asJsonObject().getString("fileName")).toList())
                .containsExactly("justificatif-1-note.pdf", "complement-1-facture-acquittee.jpg");
        assertThat(db().count("select count(*) from claim where request_id = ? and stage is null", number)).isOne();
        assertThat(lou.browser().get("home.xhtml").html().select("#claims-awaiting")).isEmpty();
        Page late = waiting.form("complete").upload("complete:add",
                Map.of("complete:complements", files("encore.pdf", pdf("encore"))));
        assertThat(late.html().select("#complete")).as("a form replayed once completed adds nothing").isEmpty();
        assertThat(db().count("select count(*) from claim_file where request_id = ?", number)).isEqualTo(2);

        assertThat(api.put("api/v1/requests/" + number + "/status", "{\"stage\":\"ACCEPTED\"}").status()).isEqualTo(200);
        assertThat(api.put("api/v1/requests/" + number + "/status", "{\"stage\":\"PAID\"}").status()).isEqualTo(200);

        MimeMessage paid = TestMailServer.awaitMessages(lou.email(), 3, Duration.ofSeconds(30)).get(2);
        assertThat(TestMailServer.subject(paid)).isEqualTo("Votre facture (demande n° " + number + ") est remboursée");
        Page done = lou.browser().get("claims/claim.xhtml?id=" + number);
        assertThat(done.html().select("#status").text()).isEqualTo("Traitée");
        assertThat(done.html().select("#stage").text()).isEqualTo("Payée");
        assertThat(done.html().select("#payment-link")).as("the module showing payments is not deployed here").isEmpty();
        assertThat(TestMailServer.messagesTo(lou.email())).as("received, incomplete, paid: nothing for 'accepted'").hasSize(3);
    }

    @Test
    void aRefusedClaimIsToldByEmailAndItsReasonShownOnItsPage() {
        Member eva = member("Rousseau", "Eva", false);
        Page sent = eva.browser().follow(send(eva, Map.of(), proofs("cure.pdf", pdf("cure"))));
        long number = Long.parseLong(sent.uri().getQuery().replaceAll("\\D", ""));
        ApiCalls api = ApiCalls.asClient(URI.create(base.toString()));

        Answer refused = api.put("api/v1/requests/" + number + "/status",
                "{\"stage\":\"REFUSED\",\"reason\":\"Les cures thermales ne sont pas couvertes par votre garantie.\"}");

        assertThat(refused.object().getString("status")).isEqualTo("DONE");
        MimeMessage mail = TestMailServer.awaitMessages(eva.email(), 2, Duration.ofSeconds(30)).get(1);
        assertThat(TestMailServer.subject(mail)).isEqualTo("Votre facture (demande n° " + number + ") n'a pas pu être remboursée");
        assertThat(TestMailServer.text(mail)).doesNotContain("cures thermales");
        Page page = eva.browser().get("claims/claim.xhtml?id=" + number);
        assertThat(page.html().select("#stage").text()).isEqualTo("Refusée");
        assertThat(page.html().select("#reason").text()).isEqualTo("Les cures thermales ne sont pas couvertes par votre garantie.");
        assertThat(page.html().select("#awaiting")).isEmpty();
    }

    @Test
    void aClaimClosedWhileAtAStageIsToldOnceByTheClaimsOwnEmail() {
        Member tom = member("Blanc", "Tom", false);
        Page sent = tom.browser().follow(send(tom, Map.of(), proofs("devis.pdf", pdf("devis"))));
        long number = Long.parseLong(sent.uri().getQuery().replaceAll("\\D", ""));
        ApiCalls api = ApiCalls.asClient(URI.create(base.toString()));
        api.put("api/v1/requests/" + number + "/status", "{\"stage\":\"INCOMPLETE\",\"reason\":\"Il manque la facture.\"}");

        Answer cancelled = api.put("api/v1/requests/" + number + "/status", "{\"status\":\"CANCELLED\"}");

        assertThat(cancelled.object().getString("status")).isEqualTo("CANCELLED");
        List<MimeMessage> mails = TestMailServer.awaitMessages(tom.email(), 3, Duration.ofSeconds(30));
        assertThat(mails.stream().map(TestMailServer::subject).toList()).containsExactly(
                "Nous avons bien reçu votre facture (demande n° " + number + ")",
                "Votre facture (demande n° " + number + ") : un justificatif manque",
                "Votre facture (demande n° " + number + ") est close");
        assertThat(tom.browser().get("claims/claim.xhtml?id=" + number).html().select("#awaiting"))
                .as("closed: nothing to add any more").isEmpty();
    }

    @Test
    void theOpenApiDescriptionShowsTheClaimsPayload() {
        Page openapi = new WebClient(URI.create(base.toString()).resolve("/")).get("openapi");

        assertThat(openapi.status()).isEqualTo(200);
        assertThat(openapi.body()).contains("ClaimPayload", "socialSecurityReimbursed", "duplicateOf");
    }

    // --- helpers ---------------------------------------------------------------------------------------------

    private Member member(String lastName, String firstName, boolean collective) {
        TestMembers members = db();
        Created card = collective
                ? members.collective(lastName, firstName, LocalDate.of(1984, 5, 5), "Transports Phocéens SA")
                : members.individual(lastName, firstName, LocalDate.of(1984, 5, 5));
        TestMembers.AddedBeneficiary child = members.addBeneficiary(card.membershipId(), lastName, "Hugo",
                LocalDate.of(2015, 3, 3), "CHILD");
        String login = "claims-" + System.nanoTime() + "@example.fr";
        members.account(card.memberId(), login, PASSWORD);
        WebClient browser = new WebClient(URI.create(base.toString()));
        browser.login(login, PASSWORD);
        return new Member(card, login, members.text("select email from member where id = ?", card.memberId()), child.id(),
                child.externalId(), browser);
    }

    /** The claim form filled for the member's child (an osteopath, ten days ago, 60 €), changed by {@code values}. */
    private static Page send(Member member, Map<String, String> values, Map<String, Map<String, byte[]>> files) {
        WebClient.Form form = member.browser().get("claims/send.xhtml").form("claim")
                .set("claim:beneficiary", Long.toString(member.child()))
                .set("claim:careKind", "osteopathie")
                .set("claim:careDate", FrenchFormats.date(LocalDate.now(PARIS).minusDays(10)))
                .set("claim:amount", "60,00");
        values.forEach(form::set);
        return form.upload("claim:send", files);
    }

    private static Map<String, String> blank() {
        return Map.of("claim:beneficiary", "", "claim:careKind", "", "claim:careDate", "", "claim:amount", "");
    }

    private static Map<String, Map<String, byte[]>> proofs(Object... namesAndContents) {
        return Map.of("claim:proofs", files(namesAndContents));
    }

    private static Map<String, byte[]> files(Object... namesAndContents) {
        Map<String, byte[]> files = new LinkedHashMap<>();
        for (int i = 0; i < namesAndContents.length; i += 2) {
            files.put((String) namesAndContents[i], (byte[]) namesAndContents[i + 1]);
        }
        return files;
    }

    /** A small PDF whose content differs with the marker (the duplicate check compares contents). */
    private static byte[] pdf(String marker) {
        return ("%PDF-1.4\n% " + marker + "\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n").getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] jpeg() {
        return new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 16, 'J', 'F', 'I', 'F', 0};
    }

    private static String sha256(byte[] content) {
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(content));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String field(Page page, String id) {
        return page.html().select(".field:has([id='" + id + "']) .ui-message-error, .field:has([name='" + id + "']) .ui-message-error")
                .text();
    }

    private static TestMembers db() {
        return TestMembers.in(EmbeddedDatabase.dataSource());
    }
}
