package org.mutualportal.contact.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.internet.MimeMessage;
import java.net.Socket;
import java.net.URI;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.Test;
import org.mutualportal.api.time.FrenchBusinessDays;
import org.mutualportal.contact.ContactModule;
import org.mutualportal.core.testing.TestMembers;
import org.mutualportal.core.testing.TestMembers.Created;
import org.mutualportal.testing.EmbeddedDatabase;
import org.mutualportal.testing.PortalDeployment;
import org.mutualportal.testing.PortalTest;
import org.mutualportal.testing.TestMailServer;
import org.mutualportal.testing.WebClient;
import org.mutualportal.testing.WebClient.Page;

/**
 * The contact module on Payara Micro: writing to the mutual with files, the history in Suivi, the staff inbox
 * answering, e-mails both ways, the daily limit, and scoping of requests and files.
 */
@PortalTest
@RunAsClient
class ContactIT {

    private static final String PASSWORD = "Vacances-Ete2026";
    private static final byte[] PDF = "%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0};
    private static final int MAX_BYTES = 1024 * 1024;

    @Deployment
    static WebArchive deployment() {
        return PortalDeployment.module()
                .withClasses(TestMembers.class, TestMembers.Created.class)
                .withConfig("portal.contact.max-per-day", "3")
                .withConfig("portal.requests.attachments.max-bytes", Integer.toString(MAX_BYTES))
                .withConfig("portal.login.otp.roles", "ADMIN")
                .build();
    }

    @ArquillianResource
    URL base;

    private record Member(Created card, String login, String email) {
    }

    private static Member member(String lastName, String firstName) {
        TestMembers members = TestMembers.in(EmbeddedDatabase.dataSource());
        Created card = members.individual(lastName, firstName, LocalDate.of(1985, 1, 1));
        String login = firstName.toLowerCase() + "-" + System.nanoTime() + "@example.fr";
        members.account(card.memberId(), login, PASSWORD);
        return new Member(card, login, members.text("select email from member where id = ?", card.memberId()));
    }

    @Test
    void aMessageWithFilesBecomesARequestConfirmedByEmailAndShownEscapedInSuivi() throws Exception {
        Member lou = member("Caron", "Lou");
        WebClient browser = client();
        browser.login(lou.login(), PASSWORD);

        Page sent = browser.follow(write(browser, "Mes remboursements", "Bonjour, <script>alert('x')</script> où en est mon remboursement ?",
                Map.of("facture.pdf", PDF, "photo.png", PNG)));

        assertThat(sent.uri().getPath()).endsWith("/contact/request.xhtml");
        assertThat(sent.text()).contains("Votre message a bien été envoyé", "Mes remboursements", "Envoyée")
                .contains("Vous serez prévenu(e) par e-mail dès que notre réponse sera disponible dans votre espace, rubrique Suivi")
                .as("the answer is never sent by e-mail").doesNotContain("boîte mail");
        assertThat(sent.html().select("#details").text()).contains("<script>alert('x')</script>");
        assertThat(sent.body()).doesNotContain("<script>alert('x')</script>");
        assertThat(sent.html().select("#attachments a").eachText()).containsExactlyInAnyOrder("facture.pdf", "photo.png");
        Page file = browser.get(sent.html().select("#attachments a:contains(facture.pdf)").attr("href"));
        assertThat(file.header("Content-Type")).startsWith("application/pdf");
        assertThat(file.header("Content-Disposition")).isEqualTo("attachment; filename=\"facture.pdf\"");

        MimeMessage mail = TestMailServer.awaitMessages(lou.email(), 1, Duration.ofSeconds(30)).get(0);
        assertThat(TestMailServer.subject(mail)).isEqualTo("Nous avons bien reçu votre message");
        Page history = browser.get("contact/history.xhtml");
        assertThat(history.html().select("#list\\:requests_data tr[data-ri]")).hasSize(1);
        assertThat(history.html().select("#list\\:requests_data").text()).contains("Message à la mutuelle", "Mes remboursements", "Envoyée");
    }

    @Test
    void theFormSaysHowToReachUsAndThatTheAnswerWaitsInTheMemberSpace() {
        Member eva = member("Morel", "Eva");
        WebClient browser = client();
        browser.login(eva.login(), PASSWORD);

        Page form = browser.get("contact/write.xhtml");

        assertThat(form.html().select("#write-intro").text()).isEqualTo("Joignez-nous par e-mail ou par téléphone.");
        assertThat(form.html().select("#mail-title, #phone-title").eachText()).containsExactly("Par e-mail", "Par téléphone");
        assertThat(form.html().select("#answer-note").text()).contains("notre réponse ne vous est pas envoyée par e-mail",
                "vous serez prévenu(e) par e-mail dès qu'elle sera disponible dans votre espace, rubrique Suivi");
        assertThat(form.text()).doesNotContain("boîte mail");
    }

    @Test
    void badInputGetsFrenchMessagesNextToTheFieldsAndRecordsNothing() throws Exception {
        Member jade = member("Roy", "Jade");
        WebClient browser = client();
        browser.login(jade.login(), PASSWORD);

        Page noSubject = write(browser, "", "Un message assez long pour passer.", Map.of());
        assertThat(field(noSubject, "write:subject")).contains("Saisie obligatoire");
        Page shortMessage = write(browser, "Mon contrat", "Court", Map.of());
        assertThat(field(shortMessage, "write:message")).contains("trop court");
        Page disguised = write(browser, "Mon contrat", "Voici ma pièce jointe, merci.",
                Map.of("virus.pdf", "MZ this is not a pdf".getBytes(StandardCharsets.US_ASCII)));
        assertThat(field(disguised, "write:files")).contains("« virus.pdf » n'est pas accepté : seuls les PDF, JPEG et PNG");
        Page tooMany = write(browser, "Mon contrat", "Voici mes pièces jointes, merci.",
                Map.of("a.pdf", PDF, "b.pdf", PDF, "c.pdf", PDF, "d.pdf", PDF));
        assertThat(field(tooMany, "write:files")).contains("3 fichiers au maximum");

        assertThat(TestMembers.in(EmbeddedDatabase.dataSource())
                .count("select count(*) from member_request where member_id = ?", jade.card().memberId())).isZero();
    }

    @Test
    void aMemberCannotFloodTheInbox() throws Exception {
        Member max = member("Noel", "Max");
        WebClient browser = client();
        browser.login(max.login(), PASSWORD);
        for (int i = 0; i < 3; i++) {
            assertThat(browser.follow(write(browser, "Autre demande", "Message numéro " + i + " pour la mutuelle.", Map.of()))
                    .text()).contains("Votre message a bien été envoyé");
        }

        Page fourth = write(browser, "Autre demande", "Encore un message pour la mutuelle.", Map.of());

        assertThat(fourth.text()).contains("Vous avez déjà envoyé 3 messages ces dernières 24 heures", "04 84 90 01 69");
        assertThat(TestMembers.in(EmbeddedDatabase.dataSource())
                .count("select count(*) from member_request where member_id = ?", max.card().memberId())).isEqualTo(3);
    }

    @Test
    void aMemberSeesOnlyTheirOwnRequestsAndFiles() throws Exception {
        Member owner = member("Perez", "Alice");
        Member other = member("Vidal", "Bruno");
        WebClient ownerBrowser = client();
        ownerBrowser.login(owner.login(), PASSWORD);
        Page sent = ownerBrowser.follow(write(ownerBrowser, "Mon contrat", "Une question sur mon contrat, merci.", Map.of("piece.pdf", PDF)));
        String requestPath = sent.uri().getPath().replaceFirst("^/[^/]+/", "") + "?" + sent.uri().getQuery();
        String filePath = sent.html().select("#attachments a").attr("href");
        WebClient intruder = client();
        intruder.login(other.login(), PASSWORD);

        assertThat(intruder.get(requestPath).status()).isEqualTo(404);
        assertThat(intruder.get(filePath).status()).isEqualTo(404);
        assertThat(intruder.get("contact/request.xhtml?id=nope").status()).isEqualTo(404);
        assertThat(intruder.get("contact/history.xhtml").text()).doesNotContain("Une question sur mon contrat");
        assertThat(intruder.get("contact/staff/inbox.xhtml").status()).as("members are not staff").isEqualTo(403);
    }

    @Test
    void staffTakeAndAnswerTheMemberIsToldByEmailAndReadsTheAnswerInSuivi() throws Exception {
        Sent sent = sent("Leclerc", "Ana", "Réclamation", "Mon remboursement de juin est incomplet.", Map.of("decompte.pdf", PDF));
        Member ana = sent.member();
        WebClient member = sent.browser();
        long requestId = sent.requestId();
        String staffLogin = "agent-" + UUID.randomUUID() + "@mutuelle.example";
        long staffId = TestMembers.in(EmbeddedDatabase.dataSource()).staffAccount(staffLogin, PASSWORD);
        WebClient staff = client();
        staff.login(staffLogin, PASSWORD);

        Page inbox = staff.get("contact/staff/inbox.xhtml");
        assertThat(inbox.html().select("#list\\:requests_data").text()).contains("Réclamation");
        Page opened = staff.get("contact/staff/request.xhtml?id=" + requestId);
        assertThat(opened.text()).contains("Ana LECLERC", ana.card().membershipNumber(), "Mon remboursement de juin est incomplet.");
        assertThat(staff.get(opened.html().select("#attachments a").attr("href")).header("Content-Type")).startsWith("application/pdf");
        Page taken = staff.follow(opened.form("staff").submit("staff:take"));
        assertThat(taken.html().select("#status").text()).isEqualTo("En cours");
        assertThat(member.get("contact/request.xhtml?id=" + requestId).html().select("#cancel")).as("taken: no cancel").isEmpty();

        Page empty = taken.form("staff").set("staff:answer", " ").submit("staff:reply");
        assertThat(field(empty, "staff:answer")).contains("Saisissez une réponse");
        Page answered = staff.follow(taken.form("staff").set("staff:answer", "Le complément de 12,40 € sera versé le 3 juillet. <b>Merci</b>")
                .submit("staff:reply"));
        assertThat(answered.html().select("#status").text()).isEqualTo("Traitée");

        MimeMessage mail = TestMailServer.awaitMessages(ana.email(), 2, Duration.ofSeconds(30)).get(1);
        assertThat(TestMailServer.subject(mail)).isEqualTo("Réponse à votre demande « Réclamation »");
        assertThat(TestMailServer.text(mail)).contains("la réponse vous attend dans votre espace adhérent").doesNotContain("12,40");
        Page suivi = member.get("contact/request.xhtml?id=" + requestId);
        assertThat(suivi.html().select("#answer").text()).isEqualTo("Le complément de 12,40 € sera versé le 3 juillet. <b>Merci</b>");
        assertThat(suivi.html().select("#status").text()).isEqualTo("Traitée");
        TestMembers db = TestMembers.in(EmbeddedDatabase.dataSource());
        assertThat(db.count("select count(*) from audit_event where action = 'REQUEST_READ' and target = ?", "request:" + requestId))
                .isPositive();
        assertThat(db.count("select count(*) from audit_event where action = 'REQUESTS_LISTED' and actor = ?", "account:" + staffId))
                .as("the inbox list is a staff read of member data too").isPositive();
        assertThat(db.count("select count(*) from audit_event where action = 'REQUEST_ANSWERED' and target = ?", "request:" + requestId))
                .isOne();
    }

    @Test
    void aMemberCancelsARequestNobodyTookYet() throws Exception {
        Sent sent = sent("Meyer", "Eli", "Autre demande", "Finalement je n'en ai plus besoin.", Map.of());

        Page cancelled = sent.browser().follow(sent.page().form("cancel").submit("cancel:submit"));

        assertThat(cancelled.text()).contains("Votre demande a été annulée.");
        assertThat(cancelled.html().select("#status").text()).isEqualTo("Annulée");
        assertThat(cancelled.html().select("#cancel")).isEmpty();
    }

    @Test
    void aRequestStaffTookMeanwhileIsNotCancelledAndThePageSaysWhy() throws Exception {
        Sent sent = sent("Garnier", "Nina", "Mon contrat", "Une question sur mes garanties, merci.", Map.of());
        WebClient staff = staffClient();
        staff.follow(staff.get("contact/staff/request.xhtml?id=" + sent.requestId()).form("staff").submit("staff:take"));

        Page refused = sent.page().form("cancel").submit("cancel:submit");

        assertThat(refused.status()).isEqualTo(200);
        assertThat(refused.text()).contains("elle ne peut plus être annulée");
        assertThat(refused.html().select("#status").text()).isEqualTo("En cours");
        assertThat(refused.html().select("#cancel")).isEmpty();
    }

    @Test
    void staffCloseWithoutAnAnswerAndBadIdsAreNotFound() throws Exception {
        Sent sent = sent("Fabre", "Paul", "Mon contrat", "Doublon de ma demande d'hier, merci.", Map.of());
        Member paul = sent.member();
        WebClient member = sent.browser();
        long requestId = sent.requestId();
        WebClient staff = staffClient();

        Page closed = staff.follow(staff.get("contact/staff/request.xhtml?id=" + requestId).form("staff").submit("staff:close"));

        assertThat(closed.text()).contains("Demande clôturée.", "Demande n° " + requestId);
        assertThat(closed.html().select("#status").text()).isEqualTo("Traitée");
        MimeMessage mail = TestMailServer.awaitMessages(paul.email(), 2, Duration.ofSeconds(30)).get(1);
        assertThat(TestMailServer.subject(mail)).isEqualTo("Votre demande « Mon contrat » est traitée");
        assertThat(staff.get("contact/staff/request.xhtml?id=nope").status()).isEqualTo(404);
        assertThat(staff.get("contact/staff/request.xhtml").status()).isEqualTo(404);
        assertThat(staff.get("contact/staff/attachment/0").status()).isEqualTo(404);
        assertThat(member.get("contact/attachment/12a").status()).isEqualTo(404);
        assertThat(member.get("contact/request.xhtml").status()).isEqualTo(404);
    }

    @Test
    void theHistoryIsFilteredAndPagedOnTheServer() {
        Member sam = member("Colin", "Sam");
        TestMembers db = TestMembers.in(EmbeddedDatabase.dataSource());
        for (int i = 0; i < 12; i++) {
            db.execute("""
                    insert into member_request (member_id, membership_id, type_code, module_id, status, summary, for_management,
                                                created_at, updated_at, estimated_date)
                    values (?, ?, 'contact.message', 'contact', ?, ?, false, now() - make_interval(days => ?), now(), current_date)""",
                    sam.card().memberId(), sam.card().membershipId(), i % 3 == 0 ? "DONE" : "SENT", "Demande " + i, i);
        }
        WebClient browser = client();
        browser.login(sam.login(), PASSWORD);

        Page all = browser.get("contact/history.xhtml");
        assertThat(all.text()).contains("12 demande(s)");
        assertThat(all.html().select("#list\\:requests_data tr[data-ri]")).hasSize(10);
        assertThat(all.html().select("#list\\:requests_data tr[data-ri]").get(0).text()).contains("Demande 0");

        Page done = all.form("filters").set("filters:status", "DONE").ajax("filters:apply", "filters", "results");
        assertThat(done.body()).contains("4 demande(s)").doesNotContain("Demande 1<");
    }

    @Test
    void theDashboardsContactCardLeadsToTheFormAndGivesTheAdvisersLine() {
        Member ava = member("Marchal", "Ava");
        WebClient browser = client();

        Page home = browser.login(ava.login(), PASSWORD);

        Elements card = home.html().select(".dashboard-right .contact-card");
        assertThat(card).hasSize(1);
        assertThat(card.select(".card-title").text()).isEqualTo("Contact");
        assertThat(card.select(".contact-online").text()).isEqualTo("Demande en ligne :");
        assertThat(card.select("#write-link").text()).isEqualTo("Nous écrire");
        assertThat(card.select(".phone-block p").eachText()).containsExactly("Une question ?",
                "Nos conseillers sont à votre écoute grâce au numéro unique.",
                "Du lundi au vendredi de 8h30 à 12h30 et de 13h30 à 17h00.", "Numéro non surtaxé, prix d'un appel local.",
                "04 84 90 01 69");
        assertThat(card.select(".phone-number a").attr("href")).isEqualTo("tel:0484900169");
        Page write = browser.get(card.select("#write-link").attr("href"));
        assertThat(write.status()).isEqualTo(200);
        assertThat(write.html().select("form#write")).hasSize(1);
        assertThat(write.html().select(".phone-block .phone-number").text()).as("the form's phone tab").isEqualTo("04 84 90 01 69");
    }

    @Test
    void suiviShowsTheProcessingDateTheBusinessDayRuleGivesWhileTheRequestIsOpen() {
        Sent sent = sent("Lucas", "Elsa", "Mon contrat", "Quand ma garantie optique change-t-elle ?", Map.of());
        TestMembers db = TestMembers.in(EmbeddedDatabase.dataSource());
        // The day the portal's clock recorded the request on, in Paris, and the days the type announces.
        LocalDate sentOn = LocalDate.parse(db.text("select to_char(created_at at time zone 'Europe/Paris', 'YYYY-MM-DD')"
                + " from member_request where id = ?", sent.requestId()));
        int days = new ContactModule().requestTypes().stream().filter(t -> t.code().equals("contact.message")).findFirst()
                .orElseThrow().processingDays();
        String expected = FrenchBusinessDays.add(sentOn, days).format(DateTimeFormatter.ofPattern("dd/MM/yyyy"));

        assertThat(item(sent.page(), "Date de traitement estimée")).isEqualTo(expected);
        Element row = sent.browser().get("contact/history.xhtml").html().selectFirst("#list\\:requests_data tr[data-ri]");
        assertThat(row.select("td").get(4).ownText()).isEqualTo(expected);

        Page cancelled = sent.browser().follow(sent.page().form("cancel").submit("cancel:submit"));
        assertThat(cancelled.html().select(".sheet-item dt:containsOwn(Date de traitement estimée)")).hasSize(1);
        assertThat(item(cancelled, "Date de traitement estimée")).as("no date once the request is closed").isEmpty();
    }

    @Test
    void aFileAboveTheSizeLimitIsRefusedNextToTheFieldAndNothingIsRecorded() throws Exception {
        Member noa = member("Lemaire", "Noa");
        WebClient browser = client();
        browser.login(noa.login(), PASSWORD);
        assertThat(browser.get("contact/write.xhtml").text()).contains("PDF, JPEG ou PNG, 3 fichiers au maximum, 1 Mo chacun.");

        Page tooLarge = write(browser, "Mes remboursements", "Voici ma facture, merci.",
                Map.of("facture.pdf", pdfOf(MAX_BYTES + 1)));

        assertThat(tooLarge.status()).isEqualTo(200);
        assertThat(field(tooLarge, "write:files")).contains("Le fichier « facture.pdf » dépasse la taille maximale de 1 Mo.");
        assertThat(tooLarge.html().select("[id='write:message']").text()).as("the message kept").isEqualTo("Voici ma facture, merci.");
        TestMembers db = TestMembers.in(EmbeddedDatabase.dataSource());
        assertThat(db.count("select count(*) from member_request where member_id = ?", noa.card().memberId())).isZero();
        assertThat(TestMailServer.messagesTo(noa.email())).isEmpty();

        Page atTheLimit = browser.follow(write(browser, "Mes remboursements", "Voici ma facture, merci.",
                Map.of("facture.pdf", pdfOf(MAX_BYTES))));
        assertThat(atTheLimit.html().select("#attachments a").eachText()).as("a file of exactly the limit").containsExactly("facture.pdf");
        assertThat(db.count("select length(a.content) from member_request_attachment a join member_request r on r.id = a.request_id"
                + " where r.member_id = ?", noa.card().memberId())).isEqualTo(MAX_BYTES);

        Page huge = write(browser, "Mes remboursements", "Voici mon scan, merci.", Map.of("scan.pdf", pdfOf(11 * 1024 * 1024)));
        assertThat(huge.status()).as("a file larger than the server reads in a form").isEqualTo(200);
        assertThat(field(huge, "write:files")).contains("Le fichier « scan.pdf » dépasse la taille maximale de 1 Mo.");
        assertThat(db.count("select count(*) from member_request where member_id = ?", noa.card().memberId())).isOne();

        // Three files of 9 Mo: more than the 25 Mo the servlet used to read in one form (its page failed with a 500).
        Page heavy = write(browser, "Mes remboursements", "Trois scans, merci.", Map.of("a.pdf", pdfOf(9 * 1024 * 1024),
                "b.pdf", pdfOf(9 * 1024 * 1024), "c.pdf", pdfOf(9 * 1024 * 1024)));
        assertThat(heavy.status()).isEqualTo(200);
        assertThat(field(heavy, "write:files")).contains("dépasse la taille maximale de 1 Mo.");
        assertThat(db.count("select count(*) from member_request where member_id = ?", noa.card().memberId())).isOne();
    }

    @Test
    @RunAsClient
    void aFormTooLargeToBeReadGetsTheFrenchPageBeforeItsBodyIsRead() throws Exception {
        URI page = base.toURI().resolve("contact/write.xhtml");
        try (Socket socket = new Socket(page.getHost(), page.getPort())) {
            socket.setSoTimeout(30_000);
            // Only the headers are sent: the portal must answer from the announced length, without waiting for the body.
            socket.getOutputStream().write(("POST " + page.getRawPath() + " HTTP/1.1\r\nHost: " + page.getHost() + ":"
                    + page.getPort() + "\r\nContent-Type: multipart/form-data; boundary=x\r\nContent-Length: "
                    + (200L * 1024 * 1024) + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            socket.getOutputStream().flush();
            String answer = readPage(socket);
            assertThat(answer).startsWith("HTTP/1.1 413").contains("Fichiers trop volumineux",
                    "votre demande n'a pas été enregistrée").doesNotContain("Exception");
        }
    }

    /** The answer up to the end of its page (or of the connection), whichever comes first. */
    private static String readPage(Socket socket) throws java.io.IOException {
        var answer = new java.io.ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        for (int read; !answer.toString(StandardCharsets.UTF_8).contains("</html>")
                && (read = socket.getInputStream().read(buffer)) != -1;) {
            answer.write(buffer, 0, read);
        }
        return answer.toString(StandardCharsets.UTF_8);
    }

    private WebClient client() {
        return new WebClient(URI.create(base.toString()));
    }

    private WebClient staffClient() {
        String login = "agent-" + UUID.randomUUID() + "@mutuelle.example";
        TestMembers.in(EmbeddedDatabase.dataSource()).staffAccount(login, PASSWORD);
        WebClient staff = client();
        staff.login(login, PASSWORD);
        return staff;
    }

    /** A new member, signed in, who sent a message: their browser on the request's page. */
    private record Sent(Member member, WebClient browser, Page page, long requestId) {
    }

    private Sent sent(String lastName, String firstName, String subject, String message, Map<String, byte[]> files) {
        Member sender = member(lastName, firstName);
        WebClient browser = client();
        browser.login(sender.login(), PASSWORD);
        Page page = browser.follow(write(browser, subject, message, files));
        return new Sent(sender, browser, page, Long.parseLong(page.uri().getQuery().replaceAll("\\D", "")));
    }

    /** Submits the message form as multipart, the way a browser sends files. */
    private Page write(WebClient browser, String subject, String message, Map<String, byte[]> files) {
        return browser.get("contact/write.xhtml").form("write").set("write:subject", subject).set("write:message", message)
                .upload("write:submit", "write:files", files);
    }

    /** The value of a labelled item of a page ({@code portal:item}). */
    private static String item(Page page, String label) {
        return page.html().select(".sheet-item:has(dt:containsOwn(" + label + ")) dd").text();
    }

    /** A PDF (by its first bytes) of exactly this size. */
    private static byte[] pdfOf(int size) {
        byte[] content = java.util.Arrays.copyOf(PDF, size);
        java.util.Arrays.fill(content, PDF.length, size, (byte) ' ');
        return content;
    }

    private static String field(Page page, String id) {
        return page.html().select(".field:has([id='" + id + "']) .ui-message-error, .field:has([name='" + id + "']) .ui-message-error").text();
    }

}
