package org.mutualportal.account.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mutualportal.account.it.AccountLinks.fieldError;
import static org.mutualportal.account.it.AccountLinks.token;
import static org.mutualportal.account.it.AccountLinks.unique;

import jakarta.annotation.Resource;
import jakarta.json.JsonObject;
import jakarta.mail.internet.MimeMessage;
import java.net.URI;
import java.net.URL;
import java.time.Duration;
import java.time.LocalDate;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.mutualportal.core.testing.ApiCalls;
import org.mutualportal.core.testing.ShiftedClock;
import org.mutualportal.core.testing.TestMembers;
import org.mutualportal.core.testing.TestMembers.Created;
import org.mutualportal.testing.EmbeddedDatabase;
import org.mutualportal.testing.PortalDeployment;
import org.mutualportal.testing.PortalTest;
import org.mutualportal.testing.TestMailServer;
import org.mutualportal.testing.WebClient;
import org.mutualportal.testing.WebClient.Page;

/**
 * "Modifier mes coordonnées" → a new contact e-mail, on Payara Micro with PostgreSQL and GreenMail: nothing changes
 * until the new address confirms by its link (signed out, without signing in), the old one is told and can cancel,
 * links work once and expire, a link changes only its own member's address, and an address the management
 * system imports meanwhile drops the waiting change.
 */
@PortalTest
class ContactEmailIT {

    private static final String BASE_URL = "https://espace.mutuelle.example";
    private static final String PASSWORD = "Vacances-Ete2026";
    private static final Duration MAIL = Duration.ofSeconds(30);

    @Deployment
    static WebArchive deployment() {
        return PortalDeployment.module()
                .withClasses(ShiftedClock.class, TestMembers.class, TestMembers.Created.class, ApiCalls.class,
                        ApiCalls.Answer.class, AccountLinks.class)
                .withConfig("portal.base-url", BASE_URL)
                .withConfig("portal.mail.retry.base-seconds", "1")
                .withConfig("portal.api.clients", ApiCalls.clientsConfig())
                .build();
    }

    @ArquillianResource
    URL base;

    @Resource(lookup = "java:app/jdbc/portal")
    DataSource portalDatabase;

    @Test
    @RunAsClient
    void aNewAddressChangesNothingUntilItConfirmsAndTheOldOneIsToldWithALinkToCancel() {
        Created camille = members().individual("Perrin", "Camille", LocalDate.of(1984, 2, 2));
        String login = unique("camille");
        long accountId = members().account(camille.memberId(), login, PASSWORD);
        String oldEmail = email(members(), camille);
        String newEmail = unique("camille-contact");
        WebClient browser = client();
        browser.login(login, PASSWORD);

        Page wrongPassword = contactChange(browser, newEmail, "Faux#Passe2026");
        assertThat(fieldError(wrongPassword, "contact:password")).isEqualTo("Mot de passe incorrect.");
        Page sent = browser.follow(contactChange(browser, newEmail, PASSWORD));

        assertThat(sent.uri().getPath()).endsWith("/account/coordinates.xhtml");
        assertThat(sent.text()).contains("Un e-mail de confirmation a été envoyé à " + newEmail);
        assertThat(sent.html().select("#pending-email").text()).contains("en attente de confirmation : " + newEmail);
        assertThat(email(members(), camille)).as("unchanged before the new address confirms").isEqualTo(oldEmail);
        assertThat(contactRequests(camille)).as("nothing for the management system yet").isZero();
        MimeMessage confirmation = TestMailServer.awaitMessages(newEmail, 1, MAIL).get(0);
        assertThat(TestMailServer.subject(confirmation)).isEqualTo("Confirmez votre nouvelle adresse e-mail");
        assertThat(TestMailServer.text(confirmation)).contains("Bonjour Camille", BASE_URL + "/public/account/confirm-email.xhtml?token=");
        MimeMessage notice = TestMailServer.awaitMessages(oldEmail, 1, MAIL).get(0);
        assertThat(TestMailServer.subject(notice)).isEqualTo("Demande de changement de votre adresse e-mail");
        assertThat(TestMailServer.text(notice)).contains(newEmail, BASE_URL + "/public/account/cancel-email.xhtml?token=")
                .doesNotContain("confirm-email");

        Page resent = browser.follow(sent.form("pending").submit("pending:resend"));
        assertThat(resent.text()).contains("Un nouveau lien de confirmation a été envoyé à " + newEmail);
        String firstLink = token(TestMailServer.text(confirmation));
        String link = token(TestMailServer.text(TestMailServer.awaitMessages(newEmail, 2, MAIL).get(1)));
        assertThat(problem(client().get(confirmPage(firstLink)))).as("the resent link replaces the first")
                .contains("Ce lien a déjà été utilisé ou n'est plus valable");

        WebClient signedOut = client();
        Page question = signedOut.get(confirmPage(link));
        assertThat(question.html().select("form#link").text()).contains("Confirmez que " + newEmail + " devient l'adresse e-mail");
        Page confirmed = question.form("link").submit("link:follow");

        assertThat(confirmed.html().select("#done").text()).contains("la mutuelle vous écrit désormais à " + newEmail);
        assertThat(signedOut.get("home.xhtml").status()).as("confirming signs nobody in").isEqualTo(302);
        assertThat(email(members(), camille)).isEqualTo(newEmail);
        assertThat(members().count("select count(*) from audit_event where action = 'EMAIL_CHANGED' and target = ? and detail = ?",
                "account:" + accountId, "member:" + camille.memberId())).isOne();
        assertThat(members().text("select payload from member_request where member_id = ? and type_code = 'account.contact'",
                camille.memberId())).contains("\"email\":\"" + newEmail + "\"", "\"mobilePhone\":\"0600000000\"");
        assertThat(TestMailServer.subject(TestMailServer.awaitMessages(oldEmail, 2, MAIL).get(1)))
                .isEqualTo("Votre adresse e-mail a été modifiée");
        Page coordinates = browser.get("account/coordinates.xhtml");
        assertThat(coordinates.html().select("#pending-email")).isEmpty();
        assertThat(coordinates.form("contact").fields()).containsEntry("contact:email", newEmail);

        assertThat(problem(client().get(confirmPage(link)))).as("a second use")
                .isEqualTo("Ce lien a déjà été utilisé ou n'est plus valable (changement déjà confirmé, annulé ou demandé à nouveau depuis).");
        assertThat(problem(client().get(cancelPage(token(TestMailServer.text(notice)))))).as("too late to cancel")
                .contains("le changement a déjà été confirmé ou annulé");
        assertThat(problem(client().get(confirmPage("nimportequoi")))).isEqualTo("Ce lien n'est pas valable.");
    }

    @Test
    @RunAsClient
    void theOldAddressCancelsAndALinkOnlyEverChangesItsOwnMembersAddress() {
        Created alix = members().individual("Marchand", "Alix", LocalDate.of(1977, 7, 7));
        Created noe = members().individual("Lemoine", "Noé", LocalDate.of(1981, 1, 8));
        String alixLogin = unique("alix");
        String noeLogin = unique("noe");
        long alixAccount = members().account(alix.memberId(), alixLogin, PASSWORD);
        members().account(noe.memberId(), noeLogin, PASSWORD);
        String alixOld = email(members(), alix);
        String alixNew = unique("alix-contact");
        String noeNew = unique("noe-contact");
        WebClient alixBrowser = client();
        alixBrowser.login(alixLogin, PASSWORD);
        WebClient noeBrowser = client();
        noeBrowser.login(noeLogin, PASSWORD);
        alixBrowser.follow(contactChange(alixBrowser, alixNew, PASSWORD));
        noeBrowser.follow(contactChange(noeBrowser, noeNew, PASSWORD));

        String noeLink = token(TestMailServer.text(TestMailServer.awaitMessages(noeNew, 1, MAIL).get(0)));
        Page foreign = alixBrowser.get(confirmPage(noeLink)).form("link").submit("link:follow");

        assertThat(foreign.html().select("#done").text()).contains(noeNew);
        assertThat(email(members(), noe)).isEqualTo(noeNew);
        assertThat(email(members(), alix)).as("the link's member changes, not the signed-in one").isEqualTo(alixOld);
        assertThat(alixBrowser.get("account/coordinates.xhtml").html().select("#pending-email").text()).contains(alixNew);

        String alixLink = token(TestMailServer.text(TestMailServer.awaitMessages(alixNew, 1, MAIL).get(0)));
        String cancelLink = token(TestMailServer.text(TestMailServer.awaitMessages(alixOld, 1, MAIL).get(0)));
        Page question = client().get(cancelPage(cancelLink));
        assertThat(question.html().select("form#link").text()).contains(alixNew);
        Page cancelled = question.form("link").submit("link:follow");

        assertThat(cancelled.html().select("#done").text()).contains("Le changement est annulé");
        assertThat(email(members(), alix)).isEqualTo(alixOld);
        assertThat(members().count("select count(*) from audit_event where action = 'EMAIL_CHANGE_CANCELLED' and target = ? and detail = 'link'",
                "account:" + alixAccount)).isOne();
        assertThat(alixBrowser.get("account/coordinates.xhtml").html().select("#pending-email")).isEmpty();
        assertThat(problem(client().get(confirmPage(alixLink)))).contains("Ce lien a déjà été utilisé ou n'est plus valable");
        assertThat(problem(client().get(cancelPage(cancelLink)))).contains("Ce lien n'est plus valable");
        assertThat(contactRequests(alix)).isZero();

        Page again = alixBrowser.follow(contactChange(alixBrowser, alixNew, PASSWORD));
        Page givenUp = alixBrowser.follow(again.form("pending").submit("pending:cancel"));
        assertThat(givenUp.text()).contains("Le changement d'adresse e-mail est annulé");
        assertThat(givenUp.html().select("#pending-email")).isEmpty();
        String lastLink = token(TestMailServer.text(TestMailServer.awaitMessages(alixNew, 2, MAIL).get(1)));
        assertThat(problem(client().get(confirmPage(lastLink)))).contains("Ce lien a déjà été utilisé ou n'est plus valable");
        assertThat(email(members(), alix)).isEqualTo(alixOld);
    }

    @Test
    @RunAsClient
    void anAddressTheManagementSystemImportsMeanwhileDropsTheWaitingChange() {
        Created jade = members().individual("Blanc", "Jade", LocalDate.of(1993, 3, 13));
        String login = unique("jade");
        members().account(jade.memberId(), login, PASSWORD);
        String newEmail = unique("jade-contact");
        WebClient browser = client();
        browser.login(login, PASSWORD);
        browser.follow(contactChange(browser, newEmail, PASSWORD));
        String link = token(TestMailServer.text(TestMailServer.awaitMessages(newEmail, 1, MAIL).get(0)));
        String imported = unique("jade-gestion");

        JsonObject report = ApiCalls.asClient(URI.create(base.toString())).post("api/v1/members", """
                [{"externalId": "%s", "lastName": "Blanc", "firstName": "Jade", "birthDate": "1993-03-13",
                  "email": "%s", "mobilePhone": "0600000000"}]""".formatted(
                members().text("select external_id from member where id = ?", jade.memberId()), imported)).object();

        assertThat(report.getInt("updated")).isOne();
        assertThat(browser.get("account/coordinates.xhtml").html().select("#pending-email")).isEmpty();
        assertThat(problem(client().get(confirmPage(link)))).contains("Votre adresse e-mail a été modifiée par nos services");
        assertThat(email(members(), jade)).isEqualTo(imported);
        assertThat(contactRequests(jade)).isZero();
    }

    @Test
    void anExpiredLinkChangesNothingAndSaysSo() {
        TestMembers fixtures = TestMembers.in(portalDatabase);
        Created leo = fixtures.individual("Roussel", "Léo", LocalDate.of(1970, 10, 1));
        String login = unique("leo");
        fixtures.account(leo.memberId(), login, PASSWORD);
        String oldEmail = email(fixtures, leo);
        String newEmail = unique("leo-contact");
        WebClient browser = client();
        browser.login(login, PASSWORD);
        browser.follow(contactChange(browser, newEmail, PASSWORD));
        String confirmLink = token(AccountLinks.lastOutboxText(portalDatabase, newEmail));
        String cancelLink = token(AccountLinks.lastOutboxText(portalDatabase, oldEmail));
        Page openedInTime = client().get(confirmPage(confirmLink));

        ShiftedClock.shift(Duration.ofHours(48).plusMinutes(1));
        try {
            String expired = "Ce lien a expiré : votre adresse e-mail n'a pas changé. Demandez à nouveau le changement depuis « Mon compte ».";
            assertThat(problem(client().get(confirmPage(confirmLink)))).isEqualTo(expired);
            assertThat(problem(openedInTime.form("link").submit("link:follow"))).as("confirmed too late").isEqualTo(expired);
            assertThat(problem(client().get(cancelPage(cancelLink)))).startsWith("Ce lien a expiré");
            WebClient later = client();
            later.login(login, PASSWORD);
            assertThat(later.get("account/coordinates.xhtml").html().select("#pending-email")).isEmpty();
            assertThat(email(fixtures, leo)).isEqualTo(oldEmail);
        } finally {
            ShiftedClock.reset();
        }
    }

    // --- helpers --------------------------------------------------------------------------------------------

    private WebClient client() {
        return new WebClient(URI.create(base.toString()));
    }

    private static TestMembers members() {
        return TestMembers.in(EmbeddedDatabase.dataSource());
    }

    private static Page contactChange(WebClient browser, String email, String password) {
        return browser.get("account/coordinates.xhtml").form("contact").set("contact:email", email)
                .set("contact:password", password).submit("contact:save");
    }

    private static String email(TestMembers members, Created member) {
        return members.text("select email from member where id = ?", member.memberId());
    }

    private static long contactRequests(Created member) {
        return members().count("select count(*) from member_request where member_id = ? and type_code = 'account.contact'",
                member.memberId());
    }

    private static String confirmPage(String token) {
        return "public/account/confirm-email.xhtml?token=" + token;
    }

    private static String cancelPage(String token) {
        return "public/account/cancel-email.xhtml?token=" + token;
    }

    private static String problem(Page page) {
        assertThat(page.status()).isEqualTo(200);
        return page.html().select("#problem").text();
    }

}
