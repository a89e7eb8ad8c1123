package org.mutualportal.account.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mutualportal.account.it.AccountLinks.fieldError;
import static org.mutualportal.account.it.AccountLinks.lastOutboxText;
import static org.mutualportal.account.it.AccountLinks.token;
import static org.mutualportal.account.it.AccountLinks.unique;

import jakarta.annotation.Resource;
import jakarta.mail.internet.MimeMessage;
import java.net.URI;
import java.net.URL;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.JavaArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
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
 * The account module on Payara Micro with PostgreSQL and a real SMTP server: registration, activation,
 * recovery, "Mon compte". Members are created in the database for each test, as the management system's
 * import would; mails are read from GreenMail (client tests) or from the outbox (in-container tests, which
 * move the portal's clock).
 */
@PortalTest
class AccountIT {

    private static final String BASE_URL = "https://espace.mutuelle.example";
    private static final String PASSWORD = "Vacances-Ete2026";

    @Deployment
    static WebArchive deployment() {
        JavaArchive fakeReimbursements = ShrinkWrap.create(JavaArchive.class, "module-reimbursements.jar")
                .addClass(FakeReimbursementsModule.class)
                .addAsManifestResource("fake-reimbursements/META-INF/beans.xml", "beans.xml");
        return PortalDeployment.module()
                .withLibrary(fakeReimbursements)
                .withClasses(ShiftedClock.class, TestMembers.class, TestMembers.Created.class, AccountLinks.class)
                .withConfig("portal.base-url", BASE_URL)
                .withConfig("portal.session.recheck-seconds", "0")
                .withConfig("portal.mail.retry.base-seconds", "1")
                .build();
    }

    @ArquillianResource
    URL base;

    @Resource(lookup = "java:app/jdbc/portal")
    DataSource portalDatabase;

    // --- Créer mon espace --------------------------------------------------------------------------------

    @Test
    @RunAsClient
    void theLandingPagesTwoChoicesLeadSignedOutToTheSignInAndToTheRegistrationForm() {
        WebClient visitor = client();
        Page landing = visitor.get("");

        assertThat(landing.html().select("#choice-login h3, #choice-create h3").eachText())
                .containsExactly("J'ai déjà un espace personnel", "Je souhaite créer mon espace personnel");
        assertThat(landing.html().select("#benefits-intro").text()).isEqualTo("Votre espace personnel vous permet de :");
        assertThat(landing.html().select("#choice-create li").eachText()).containsExactly("gérer votre contrat",
                "modifier vos données personnelles", "demander une nouvelle carte d'adhérent", "consulter vos remboursements",
                "vous abonner au service « prestations par mail »");
        assertThat(landing.html().select("#create-space").text()).isEqualTo("Créer mon espace");
        assertThat(landing.html().select(".public-links a").eachText()).as("registration is the button, not a second link")
                .contains("Mot de passe oublié ?").doesNotContain("Je souhaite créer mon espace personnel");
        Page register = visitor.open(landing.html().select("#create-space").attr("href"));
        assertThat(register.status()).isEqualTo(200);
        assertThat(register.uri().getPath()).endsWith("/public/account/register.xhtml");
        assertThat(register.html().select("form#register")).hasSize(1);
        Page login = visitor.open(landing.html().select("#member-access").attr("href"));
        assertThat(login.status()).isEqualTo(200);
        assertThat(login.html().select("form#login")).hasSize(1);
        assertThat(login.html().select(".login-links a").eachText()).as("the sign-in page still offers registration")
                .contains("Je souhaite créer mon espace personnel");
    }

    @Test
    @RunAsClient
    void aMemberCreatesTheirSpaceActivatesItByEmailAndSignsIn() {
        Created lea = members().individual("Le Goff-Hérault", "Léa", LocalDate.of(1991, 4, 12));
        String login = unique("lea");
        WebClient browser = client();

        Page sent = browser.follow(registration(browser, lea.membershipNumber(), " le goff herault ", "LEA", "12/04/1991", login, PASSWORD));

        assertThat(sent.uri().getPath()).endsWith("/public/account/register-sent.xhtml");
        assertThat(sent.text()).contains("valable 48 heures");
        MimeMessage mail = TestMailServer.awaitMessages(login, 1, Duration.ofSeconds(30)).get(0);
        assertThat(TestMailServer.subject(mail)).isEqualTo("Activez votre espace adhérent");
        String text = TestMailServer.text(mail);
        assertThat(text).contains("Bonjour Léa", BASE_URL + "/public/account/activate.xhtml?token=", "48 heures")
                .doesNotContain(PASSWORD);
        assertThat(TestMailServer.html(mail)).contains("Activer mon espace");

        assertThat(client().login(login, PASSWORD).text()).as("not before activation").contains("Identifiant ou mot de passe incorrect");

        Page activation = browser.get("public/account/activate.xhtml?token=" + token(text));
        assertThat(activation.text()).contains("confirmez l'activation");
        Page activated = activation.form("activate").submit("activate:submit");
        assertThat(activated.text()).contains("Votre espace adhérent est activé");

        Page home = client().login(login, PASSWORD);
        assertThat(home.uri().getPath()).endsWith("/home.xhtml");
        assertThat(home.text()).contains("Léa LE GOFF-HÉRAULT");
    }

    @Test
    @RunAsClient
    void aCardMismatchGetsOneMessageThatSaysNeitherWhichFieldNorWhetherTheNumberExists() {
        Created paul = members().individual("Durand", "Paul", LocalDate.of(1970, 1, 30));

        Page wrongDate = registration(client(), paul.membershipNumber(), "Durand", "Paul", "31/01/1970", unique("paul"), PASSWORD);
        Page unknownNumber = registration(client(), "0000001", "Durand", "Paul", "30/01/1970", unique("paul"), PASSWORD);
        Page wrongName = registration(client(), paul.membershipNumber(), "Durant", "Paul", "30/01/1970", unique("paul"), PASSWORD);

        String message = "Les informations saisies ne correspondent pas à celles de votre carte d'adhérent.";
        for (Page page : List.of(wrongDate, unknownNumber, wrongName)) {
            assertThat(page.status()).isEqualTo(200);
            assertThat(page.html().select(".ui-messages").text()).contains(message);
            assertThat(page.html().select(".ui-message-error")).as("no field is pointed at").isEmpty();
        }
        assertThat(members().count("select count(*) from web_account where member_id = ?", paul.memberId())).isZero();
    }

    @Test
    void afterFiveMismatchesOnACardEvenItsRightDataIsAMismatchForADay() {
        TestMembers db = TestMembers.in(portalDatabase);
        Created lise = db.individual("Perrin", "Lise", LocalDate.of(1980, 2, 2));
        Created other = db.individual("Perrin", "Marc", LocalDate.of(1980, 2, 2));
        String message = "Les informations saisies ne correspondent pas à celles de votre carte d'adhérent.";
        for (int day = 3; day < 8; day++) {
            Page guess = registration(client(), lise.membershipNumber(), "Perrin", "Lise", "0" + day + "/02/1980",
                    unique("guess"), PASSWORD);
            assertThat(guess.html().select(".ui-messages").text()).as("guess %s", day).contains(message);
        }
        String login = unique("lise");

        Page locked = registration(client(), lise.membershipNumber(), "Perrin", "Lise", "02/02/1980", login, PASSWORD);

        assertThat(locked.html().select(".ui-messages").text()).as("the right data, once locked").contains(message);
        assertThat(db.count("select count(*) from web_account where member_id = ?", lise.memberId())).isZero();
        assertThat(db.count("select count(*) from outbox_mail where recipient = ?", login)).isZero();
        assertThat(client().follow(registration(client(), other.membershipNumber(), "Perrin", "Marc", "02/02/1980",
                unique("marc"), PASSWORD)).uri().getPath()).as("another card").endsWith("/public/account/register-sent.xhtml");

        ShiftedClock.shift(Duration.ofHours(24).plusMinutes(1));
        try {
            Page sent = client().follow(registration(client(), lise.membershipNumber(), "Perrin", "Lise", "02/02/1980",
                    login, PASSWORD));
            assertThat(sent.uri().getPath()).as("a day later").endsWith("/public/account/register-sent.xhtml");
            assertThat(lastOutboxText(portalDatabase, login)).contains("/public/account/activate.xhtml?token=");
            assertThat(db.count("select count(*) from web_account where member_id = ?", lise.memberId())).isOne();
        } finally {
            ShiftedClock.reset();
        }
    }

    /**
     * An unknown number must cost what a known one costs, or the answer's time would tell them apart: the password's
     * PBKDF2 computation, which is nearly all of it, is counted by the portal's own metric rather than timed.
     */
    @Test
    @RunAsClient
    void answeringForAnUnknownNumberCostsThePasswordWorkOfAKnownOne() {
        Created anne = members().individual("Petit", "Anne", LocalDate.of(1982, 3, 3));

        double before = passwordWork();
        registration(client(), anne.membershipNumber(), "Petit", "Anne", "04/03/1982", unique("x"), PASSWORD);
        double known = passwordWork() - before;
        before = passwordWork();
        registration(client(), "0000003", "Petit", "Anne", "03/03/1982", unique("x"), PASSWORD);
        double unknown = passwordWork() - before;

        assertThat(known).as("computations for a known number whose card does not match").isPositive();
        assertThat(unknown).as("computations for an unknown number").isEqualTo(known);
    }

    @Test
    @RunAsClient
    void aMemberWhoAlreadyHasAnAccountIsToldByEmailNotOnScreen() {
        Created marc = members().individual("Roux", "Marc", LocalDate.of(1965, 12, 1));
        String login = unique("marc");
        registerAndActivate(marc, "Roux", "Marc", "01/12/1965", login);
        int before = TestMailServer.messagesTo(login).size();

        Page again = client().follow(registration(client(), marc.membershipNumber(), "Roux", "Marc", "01/12/1965", unique("other"), PASSWORD));

        assertThat(again.uri().getPath()).endsWith("/public/account/register-sent.xhtml");
        MimeMessage told = TestMailServer.awaitMessages(login, before + 1, Duration.ofSeconds(30)).get(before);
        assertThat(TestMailServer.subject(told)).isEqualTo("Vous avez déjà un espace adhérent");
        assertThat(members().count("select count(*) from web_account where member_id = ?", marc.memberId())).isOne();
    }

    @Test
    @RunAsClient
    void theFormExplainsEveryPasswordRuleItBreaks() {
        Created zoe = members().individual("Blanc", "Zoé", LocalDate.of(2000, 2, 29));

        Page weak = registration(client(), zoe.membershipNumber(), "Blanc", "Zoé", "29/02/2000", unique("zoe"), "azerty");
        Page different = client().get("public/account/register.xhtml").form("register")
                .set("register:number", zoe.membershipNumber()).set("register:lastName", "Blanc")
                .set("register:firstName", "Zoé").set("register:birthDate", "29/02/2000")
                .set("register:login", unique("zoe")).set("register:password", PASSWORD)
                .set("register:confirmation", PASSWORD + "x").submit("register:submit");
        Page badDate = registration(client(), zoe.membershipNumber(), "Blanc", "Zoé", "31/02/2000", unique("zoe"), PASSWORD);

        assertThat(weak.html().select("[id='register:password'] ~ .ui-message-error, .field:has([id='register:password']) .ui-message-error").text())
                .contains("10 caractères minimum", "une majuscule", "un chiffre", "un caractère spécial", "pas un mot de passe trop courant");
        assertThat(different.text()).contains("Les deux mots de passe ne sont pas identiques.");
        assertThat(badDate.text()).contains("Date invalide : saisissez-la au format JJ/MM/AAAA.");
        assertThat(members().count("select count(*) from web_account where member_id = ?", zoe.memberId())).isZero();
    }

    @Test
    void anExpiredActivationLinkOffersANewOneAndAUsedOneOpensNothing() {
        TestMembers fixtures = TestMembers.in(portalDatabase);
        Created hugo = fixtures.individual("Fabre", "Hugo", LocalDate.of(1988, 8, 8));
        String login = unique("hugo");
        registration(client(), hugo.membershipNumber(), "Fabre", "Hugo", "08/08/1988", login, PASSWORD);
        String firstLink = token(lastOutboxText(portalDatabase, login));

        ShiftedClock.shift(Duration.ofHours(48).plusMinutes(1));
        try {
            Page expired = client().get("public/account/activate.xhtml?token=" + firstLink);
            assertThat(expired.text()).contains("Ce lien d'activation a expiré (il est valable 48 heures).");
            Page notAnAddress = expired.form("resend").set("resend:login", "pas-une-adresse").submit("resend:submit");
            assertThat(notAnAddress.html().select(".field:has([id='resend:login']) .ui-message-error").text())
                    .contains("Adresse e-mail invalide");
            assertThat(notAnAddress.text()).as("the link's problem still shown")
                    .contains("Ce lien d'activation a expiré (il est valable 48 heures).");
            Page resent = expired.form("resend").set("resend:login", login).submit("resend:submit");
            assertThat(resent.text()).contains("un nouveau lien vient de vous être envoyé");
            String secondLink = token(lastOutboxText(portalDatabase, login));
            assertThat(secondLink).isNotEqualTo(firstLink);

            Page activated = client().get("public/account/activate.xhtml?token=" + secondLink).form("activate").submit("activate:submit");
            assertThat(activated.text()).contains("Votre espace adhérent est activé");
            assertThat(client().get("public/account/activate.xhtml?token=" + secondLink).text())
                    .contains("Ce lien d'activation a déjà été utilisé");
            assertThat(client().get("public/account/activate.xhtml?token=" + firstLink).text())
                    .contains("Ce lien d'activation a déjà été utilisé");
            assertThat(client().get("public/account/activate.xhtml?token=nimportequoi").text())
                    .contains("Ce lien d'activation n'est pas valable.");
        } finally {
            ShiftedClock.reset();
        }
    }

    // --- Mot de passe oublié -------------------------------------------------------------------------------

    @Test
    @RunAsClient
    void aForgottenPasswordGetsTheSameAnswerForEveryAddressAndEndsTheOtherSessions() {
        Created ines = members().individual("Moreau", "Inès", LocalDate.of(1979, 5, 5));
        String login = unique("ines");
        registerAndActivate(ines, "Moreau", "Inès", "05/05/1979", login);
        WebClient elsewhere = client();
        assertThat(elsewhere.login(login, PASSWORD).uri().getPath()).endsWith("/home.xhtml");
        String unknown = unique("nobody");

        Page known = forgotten(login);
        Page stranger = forgotten(unknown);

        assertThat(known.html().select("#done").text()).isEqualTo(stranger.html().select("#done").text())
                .contains("valable 60 minutes");
        assertThat(TestMailServer.messagesTo(unknown)).isEmpty();
        MimeMessage reset = TestMailServer.awaitMessages(login, 2, Duration.ofSeconds(30)).get(1);
        assertThat(TestMailServer.subject(reset)).isEqualTo("Choisissez un nouveau mot de passe");
        String link = token(TestMailServer.text(reset));

        Page form = client().get("public/account/reset-password.xhtml?token=" + link);
        Page weak = form.form("reset").set("reset:password", "Moreau2026!x").set("reset:confirmation", "Moreau2026!x")
                .submit("reset:submit");
        assertThat(weak.text()).contains("ni votre nom, ni votre prénom, ni votre adresse e-mail");
        String newPassword = "Printemps#Lumiere42";
        Page done = weak.form("reset").set("reset:password", newPassword).set("reset:confirmation", newPassword)
                .submit("reset:submit");
        assertThat(done.text()).contains("Votre mot de passe est modifié");

        Page kickedOut = elsewhere.get("home.xhtml");
        assertThat(kickedOut.status()).as("the session opened before the reset ended").isEqualTo(302);
        assertThat(client().login(login, PASSWORD).text()).contains("Identifiant ou mot de passe incorrect");
        assertThat(client().login(login, newPassword).uri().getPath()).endsWith("/home.xhtml");
        assertThat(client().get("public/account/reset-password.xhtml?token=" + link).text())
                .contains("Ce lien a déjà été utilisé");
    }

    // --- Mon compte -----------------------------------------------------------------------------------------

    @Test
    @RunAsClient
    void theLoginIdentifierChangesOnlyOnceTheNewAddressConfirms() {
        Created luc = members().individual("Garnier", "Luc", LocalDate.of(1975, 7, 14));
        String login = unique("luc");
        String newLogin = unique("luc-new");
        registerAndActivate(luc, "Garnier", "Luc", "14/07/1975", login);
        WebClient browser = client();
        browser.login(login, PASSWORD);

        Page form = browser.get("account/login.xhtml");
        Page wrongPassword = form.form("login").set("login:newLogin", newLogin).set("login:password", "Faux#Passe2026")
                .submit("login:save");
        assertThat(wrongPassword.text()).contains("Mot de passe incorrect.");
        Page sent = wrongPassword.form("login").set("login:newLogin", newLogin).set("login:password", PASSWORD)
                .submit("login:save");
        assertThat(sent.text()).contains("Un e-mail de confirmation a été envoyé à " + newLogin);

        MimeMessage confirm = TestMailServer.awaitMessages(newLogin, 1, Duration.ofSeconds(30)).get(0);
        assertThat(TestMailServer.awaitMessages(login, 2, Duration.ofSeconds(30)))
                .anySatisfy(m -> assertThat(TestMailServer.subject(m)).isEqualTo("Demande de changement de votre identifiant"));
        assertThat(client().login(newLogin, PASSWORD).text()).as("not before confirmation").contains("Identifiant ou mot de passe incorrect");

        Page confirmed = client().get("public/account/confirm-login.xhtml?token=" + token(TestMailServer.text(confirm)))
                .form("confirm").submit("confirm:submit");
        assertThat(confirmed.text()).contains("Votre identifiant de connexion est modifié");
        assertThat(client().login(login, PASSWORD).text()).contains("Identifiant ou mot de passe incorrect");
        assertThat(client().login(newLogin, PASSWORD).uri().getPath()).endsWith("/home.xhtml");
    }

    @Test
    @RunAsClient
    void anAddressChangeIsCheckedAgainstLaPosteRecordedAsARequestAndConfirmedByEmail() {
        Created rose = members().individual("Mercier", "Rose", LocalDate.of(1960, 9, 9));
        String login = unique("rose");
        registerAndActivate(rose, "Mercier", "Rose", "09/09/1960", login);
        WebClient browser = client();
        browser.login(login, PASSWORD);

        Page form = browser.get("account/address.xhtml");
        assertThat(form.form("address").fields()).containsEntry("address:postcode", "13001");
        Page badPostcode = form.form("address").set("address:postcode", "13000").submit("address:save");
        assertThat(badPostcode.html().select(".field:has([id='address:postcode']) .ui-message-error").text())
                .contains("Code postal inconnu");
        Page badCity = badPostcode.form("address").set("address:postcode", "13100").set("address:city", "Marseille")
                .submit("address:save");
        assertThat(badCity.html().select(".field:has([id='address:city']) .ui-message-error").text())
                .contains("ne correspond pas au code postal 13100", "AIX EN PROVENCE");

        Page saved = browser.follow(badCity.form("address").set("address:line1", "8 cours Mirabeau")
                .set("address:postcode", "13100").set("address:city", "aix-en-provence").submit("address:save"));

        assertThat(saved.uri().getPath()).endsWith("/account/index.xhtml");
        assertThat(saved.html().select("#address").text()).isEqualTo("8 cours Mirabeau, 13100 AIX EN PROVENCE");
        assertThat(saved.text()).contains("Votre nouvelle adresse est enregistrée");
        assertThat(members().text("select summary from member_request where member_id = ? and type_code = 'account.address'",
                rose.memberId())).isEqualTo("Nouvelle adresse : 8 cours Mirabeau, 13100 AIX EN PROVENCE");
        assertThat(members().text("select payload from member_request where member_id = ? and type_code = 'account.address'",
                rose.memberId())).contains("\"postcode\":\"13100\"");
        String contactEmail = members().text("select email from member where id = ?", rose.memberId());
        assertThat(TestMailServer.awaitMessages(contactEmail, 1, Duration.ofSeconds(30)))
                .anySatisfy(m -> assertThat(TestMailServer.text(m)).contains("« Changement d'adresse »").doesNotContain("Mirabeau"));
    }

    @Test
    @RunAsClient
    void phoneNumbersAndAddressesAreCheckedNextToTheirField() {
        Created jules = members().individual("Lambert", "Jules", LocalDate.of(1995, 1, 1));
        String login = unique("jules");
        registerAndActivate(jules, "Lambert", "Jules", "01/01/1995", login);
        WebClient browser = client();
        browser.login(login, PASSWORD);

        Page bad = browser.get("account/coordinates.xhtml").form("contact").set("contact:email", "pas-une-adresse")
                .set("contact:mobile", "04 91 00 00 00").set("contact:home", "12").submit("contact:save");

        assertThat(bad.html().select(".field:has([id='contact:email']) .ui-message-error").text()).contains("Adresse e-mail invalide");
        assertThat(bad.html().select(".field:has([id='contact:mobile']) .ui-message-error").text()).contains("06 ou 07");
        assertThat(bad.html().select(".field:has([id='contact:home']) .ui-message-error").text()).contains("01 à 05 ou 09");
        assertThat(members().count("select count(*) from member_request where member_id = ?", jules.memberId())).isZero();

        Page saved = browser.follow(bad.form("contact").set("contact:email", "Jules.Lambert@Example.fr")
                .set("contact:password", PASSWORD).set("contact:mobile", "+33 7 11 22 33 44").set("contact:home", "")
                .submit("contact:save"));
        assertThat(saved.html().select("#pending-email").text()).as("a new address waits for its confirmation (ContactEmailIT)")
                .contains("en attente de confirmation : jules.lambert@example.fr");
        assertThat(browser.get("account/index.xhtml").html().select("#mobile").text()).isEqualTo("07 11 22 33 44");
    }

    @Test
    @RunAsClient
    void aCollectiveContractsCoordinatesGoThroughTheEmployerEvenWhenTheRequestIsForged() {
        Created nora = members().individual("Faure", "Nora", LocalDate.of(1985, 10, 10));
        long collective = members().addMembership(nora.memberId(), "COLLECTIVE", "Calanques Logistique");
        String login = unique("nora");
        registerAndActivate(nora, "Faure", "Nora", "10/10/1985", login);
        WebClient browser = client();
        Page home = browser.login(login, PASSWORD);
        select(browser, home, nora.membershipId());

        Page form = browser.get("account/address.xhtml");
        assertThat(form.status()).as("individual membership selected").isEqualTo(200);
        select(browser, home, collective);
        Page redirected = browser.get("account/address.xhtml");
        assertThat(redirected.location()).endsWith("/employer-managed.xhtml");
        assertThat(browser.get("account/index.xhtml").html().select("a:contains(Modifier)")).hasSize(2)
                .allSatisfy(a -> assertThat(a.attr("href")).matches(".*/account/(login|password)\\.xhtml"));

        Page forged = form.form("address").set("address:line1", "1 rue Forgée").set("address:postcode", "13001")
                .set("address:city", "Marseille").submit("address:save");

        assertThat(forged.location()).endsWith("/employer-managed.xhtml");
        assertThat(members().count("select count(*) from member_request where member_id = ?", nora.memberId())).isZero();
        assertThat(members().text("select address_line1 from member where id = ?", nora.memberId())).isEqualTo("1 rue de Test");
    }

    @Test
    @RunAsClient
    void aMemberSubscribesToReimbursementNotificationsAndUnsubscribes() {
        Created tom = members().individual("Henry", "Tom", LocalDate.of(1992, 6, 6));
        String login = unique("tom");
        registerAndActivate(tom, "Henry", "Tom", "06/06/1992", login);
        WebClient browser = client();
        browser.login(login, PASSWORD);

        Page account = browser.get("account/index.xhtml");
        assertThat(account.html().select("main h1, main h2, main h3").eachText()).as("the guide's headings")
                .containsSubsequence("Mon compte", "Informations relatives à votre dossier", "Mes coordonnées",
                        "Ma situation familiale", "Mes abonnements (adresse mail : " + login + ")", "Mon compte");
        Page yes = account.form("subscriptions").submit("subscriptions:yes");
        assertThat(yes.html().select("#subscription-state").text()).contains("Vous recevrez un e-mail");
        assertThat(members().count("select count(*) from member_subscription where member_id = ? and topic = 'reimbursements'",
                tom.memberId())).isOne();
        Page no = yes.form("subscriptions").submit("subscriptions:no");
        assertThat(no.html().select("#subscription-state").text()).contains("Vous ne recevez pas");
        assertThat(members().count("select count(*) from member_subscription where member_id = ?", tom.memberId())).isZero();
    }

    @Test
    @RunAsClient
    void aMemberExportsTheirOwnDataAsJsonAndCsv() {
        Created eva = members().individual("Girard", "Éva", LocalDate.of(1987, 11, 11));
        Created other = members().individual("Bonnet", "Sacha", LocalDate.of(1987, 11, 11));
        String login = unique("eva");
        registerAndActivate(eva, "Girard", "Éva", "11/11/1987", login);
        WebClient browser = client();
        browser.login(login, PASSWORD);

        Page json = browser.get("account/export/mes-donnees.json");
        Page csv = browser.get("account/export/mes-donnees.csv");

        assertThat(json.status()).isEqualTo(200);
        assertThat(json.header("Content-Type")).startsWith("application/json");
        assertThat(json.body()).contains("\"Nom\": \"Girard\"", "\"Prénom\": \"Éva\"", login, eva.membershipNumber())
                .doesNotContain("Bonnet", other.membershipNumber());
        assertThat(csv.header("Content-Disposition")).contains("attachment", ".csv");
        assertThat(csv.body()).startsWith("\uFEFFIdentité et coordonnées\r\nNom;Prénom;Date de naissance")
                .contains("Girard;Éva;11/11/1987");
        assertThat(browser.get("account/export/autre.xml").status()).isEqualTo(404);
    }

    @Test
    @RunAsClient
    void aMemberDeletesTheirAccountAndTheInsuranceRecordsStay() {
        Created adam = members().individual("Rousseau", "Adam", LocalDate.of(1999, 9, 19));
        String login = unique("adam");
        registerAndActivate(adam, "Rousseau", "Adam", "19/09/1999", login);
        WebClient browser = client();
        browser.login(login, PASSWORD);
        long accountId = members().count("select id from web_account where member_id = ?", adam.memberId());

        Page wrong = browser.get("account/delete.xhtml").form("delete").set("delete:password", "Faux#Passe2026").submit("delete:confirm");
        assertThat(wrong.text()).contains("Mot de passe incorrect.");
        Page deleted = browser.follow(wrong.form("delete").set("delete:password", PASSWORD).submit("delete:confirm"));

        assertThat(deleted.text()).contains("Votre compte a été supprimé");
        assertThat(browser.get("home.xhtml").status()).isEqualTo(302);
        assertThat(client().login(login, PASSWORD).text()).contains("Identifiant ou mot de passe incorrect");
        assertThat(members().count("select count(*) from web_account where member_id = ?", adam.memberId())).isZero();
        assertThat(members().count("select count(*) from member where id = ?", adam.memberId())).isOne();
        // The account acted (the actor is always the signed-in account); the line names the member it led to.
        assertThat(members().count("select count(*) from audit_event where action = 'ACCOUNT_DELETED' and actor = ?"
                + " and target = ? and detail = ?", "account:" + accountId, "account:" + accountId,
                "member:" + adam.memberId())).isOne();
        assertThat(TestMailServer.awaitMessages(login, 2, Duration.ofSeconds(30)))
                .anySatisfy(m -> assertThat(TestMailServer.subject(m)).isEqualTo("Votre espace adhérent a été supprimé"));
    }

    @Test
    @RunAsClient
    void aPasswordChangeAsksTheCurrentOneChecksTheRulesAndLeavesOnlyTheNewOneWorking() {
        Created iris = members().individual("Vasseur", "Iris", LocalDate.of(1983, 4, 4));
        String login = unique("iris");
        long accountId = members().account(iris.memberId(), login, PASSWORD);
        String newPassword = "Printemps#Calanque7";
        WebClient browser = client();
        browser.login(login, PASSWORD);
        WebClient elsewhere = client();
        assertThat(elsewhere.login(login, PASSWORD).uri().getPath()).endsWith("/home.xhtml");

        Page wrongCurrent = passwordChange(browser, "Faux#Passe2026", newPassword, newPassword);
        Page weak = passwordChange(browser, PASSWORD, "azerty", "azerty");
        Page personal = passwordChange(browser, PASSWORD, "Vasseur#Iris2026", "Vasseur#Iris2026");
        Page different = passwordChange(browser, PASSWORD, newPassword, newPassword + "x");

        assertThat(wrongCurrent.html().select("label[for='password:newPassword']").text()).startsWith("Nouveau mot de passe");
        assertThat(fieldError(wrongCurrent, "password:current")).isEqualTo("Mot de passe incorrect.");
        assertThat(fieldError(wrongCurrent, "password:newPassword")).isEmpty();
        assertThat(fieldError(weak, "password:newPassword")).startsWith("Mot de passe refusé :")
                .contains("10 caractères minimum", "une majuscule", "un chiffre", "un caractère spécial");
        assertThat(fieldError(personal, "password:newPassword"))
                .isEqualTo("Mot de passe refusé : ni votre nom, ni votre prénom, ni votre adresse e-mail.");
        assertThat(fieldError(different, "password:confirmation")).isEqualTo("Les deux mots de passe ne sont pas identiques.");
        assertThat(members().count("select count(*) from audit_event where action = 'PASSWORD_CHANGED' and target = ?",
                "account:" + accountId)).as("nothing changed yet").isZero();

        Page saved = browser.follow(passwordChange(browser, PASSWORD, newPassword, newPassword));

        assertThat(saved.uri().getPath()).endsWith("/account/index.xhtml");
        assertThat(saved.text()).contains("Votre mot de passe est modifié. Vos autres sessions ouvertes ont été fermées.");
        assertThat(browser.get("home.xhtml").status()).as("this session goes on").isEqualTo(200);
        assertThat(elsewhere.get("home.xhtml").status()).as("the other session ended").isEqualTo(302);
        assertThat(client().login(login, PASSWORD).text()).contains("Identifiant ou mot de passe incorrect");
        assertThat(client().login(login, newPassword).uri().getPath()).endsWith("/home.xhtml");
        MimeMessage notice = TestMailServer.awaitMessages(login, 1, Duration.ofSeconds(30)).get(0);
        assertThat(TestMailServer.subject(notice)).isEqualTo("Votre mot de passe a été modifié");
        assertThat(TestMailServer.text(notice)).contains("Bonjour Iris", BASE_URL + "/public/account/forgotten-password.xhtml")
                .doesNotContain(newPassword, PASSWORD);
        assertThat(members().count("select count(*) from audit_event where action = 'PASSWORD_CHANGED' and target = ?",
                "account:" + accountId)).isOne();
    }

    @Test
    @RunAsClient
    void aFamilySituationChangeIsSavedRecordedAsARequestAndConfirmedByEmail() {
        Created lina = members().individual("Chevalier", "Lina", LocalDate.of(1990, 3, 3));
        String login = unique("lina");
        members().account(lina.memberId(), login, PASSWORD);
        WebClient browser = client();
        browser.login(login, PASSWORD);
        assertThat(browser.get("account/index.xhtml").html().select("#family").text()).isEqualTo("Non renseigné");

        Page form = browser.get("account/family.xhtml");
        assertThat(form.html().select("[id='family:situation'] option").eachText()).containsExactly("Sélectionnez votre situation",
                "Célibataire", "Marié(e)", "Pacsé(e)", "En concubinage", "Divorcé(e)", "Séparé(e)", "Veuf / veuve");
        Page none = form.form("family").set("family:situation", "").submit("family:save");
        Page forged = form.form("family").set("family:situation", "POLYGAMOUS").submit("family:save");
        assertThat(fieldError(none, "family:situation")).isEqualTo("Saisie obligatoire.");
        assertThat(forged.status()).isEqualTo(200);
        assertThat(fieldError(forged, "family:situation")).isEqualTo("Choix incorrect.");
        assertThat(members().count("select count(*) from member_request where member_id = ?", lina.memberId())).isZero();

        Page saved = browser.follow(form.form("family").set("family:situation", "CIVIL_PARTNERSHIP").submit("family:save"));

        assertThat(saved.uri().getPath()).endsWith("/account/index.xhtml");
        assertThat(saved.text()).contains("Votre situation familiale est enregistrée et transmise à nos services.");
        assertThat(saved.html().select("#family").text()).isEqualTo("Pacsé(e)");
        assertThat(browser.get("account/family.xhtml").form("family").fields()).containsEntry("family:situation", "CIVIL_PARTNERSHIP");
        assertThat(members().text("select family_situation from member where id = ?", lina.memberId())).isEqualTo("CIVIL_PARTNERSHIP");
        assertThat(members().text("select summary || '|' || payload from member_request where member_id = ? and type_code = 'account.family'",
                lina.memberId())).isEqualTo("Nouvelle situation familiale : Pacsé(e)|{\"familySituation\":\"CIVIL_PARTNERSHIP\"}");
        String contactEmail = members().text("select email from member where id = ?", lina.memberId());
        MimeMessage confirmation = TestMailServer.awaitMessages(contactEmail, 1, Duration.ofSeconds(30)).get(0);
        assertThat(TestMailServer.subject(confirmation)).isEqualTo("Votre demande a bien été enregistrée");
        assertThat(TestMailServer.text(confirmation)).contains("Bonjour Lina", "« Changement de situation familiale »");

        Created sami = members().collective("Roche", "Sami", LocalDate.of(1988, 8, 18), "Calanques Logistique");
        String collectiveLogin = unique("sami");
        members().account(sami.memberId(), collectiveLogin, PASSWORD);
        WebClient collective = client();
        collective.login(collectiveLogin, PASSWORD);
        assertThat(collective.get("account/family.xhtml").location()).as("a collective contract's situation goes through the employer")
                .endsWith("/employer-managed.xhtml");
    }

    // --- helpers --------------------------------------------------------------------------------------------

    private WebClient client() {
        return new WebClient(URI.create(base.toString()));
    }

    private static TestMembers members() {
        return TestMembers.in(EmbeddedDatabase.dataSource());
    }

    private Page registration(WebClient browser, String number, String lastName, String firstName, String birthDate,
            String login, String password) {
        return browser.get("public/account/register.xhtml").form("register")
                .set("register:number", number).set("register:lastName", lastName)
                .set("register:firstName", firstName).set("register:birthDate", birthDate)
                .set("register:login", login).set("register:password", password)
                .set("register:confirmation", password).submit("register:submit");
    }

    /** Registers, reads the activation mail from GreenMail and activates. */
    private void registerAndActivate(Created member, String lastName, String firstName, String birthDate, String login) {
        int before = TestMailServer.messagesTo(login).size();
        registration(client(), member.membershipNumber(), lastName, firstName, birthDate, login, PASSWORD);
        MimeMessage mail = TestMailServer.awaitMessages(login, before + 1, Duration.ofSeconds(30)).get(before);
        Page activated = client().get("public/account/activate.xhtml?token=" + token(TestMailServer.text(mail)))
                .form("activate").submit("activate:submit");
        assertThat(activated.text()).contains("Votre espace adhérent est activé");
    }

    private Page passwordChange(WebClient browser, String current, String password, String confirmation) {
        return browser.get("account/password.xhtml").form("password").set("password:current", current)
                .set("password:newPassword", password).set("password:confirmation", confirmation).submit("password:save");
    }

    /** The error shown next to a field, empty when none. */
    private Page forgotten(String login) {
        return client().get("public/account/forgotten-password.xhtml").form("forgotten")
                .set("forgotten:login", login).submit("forgotten:submit");
    }

    private void select(WebClient browser, Page page, long membershipId) {
        browser.follow(page.form("header").set("header:membership", Long.toString(membershipId)).submit("header:switch"));
    }

    /** How long an action took, in milliseconds. */
    /** PBKDF2 computations of every kind so far, from the portal's {@code /metrics} (Prometheus text). */
    private double passwordWork() {
        String metrics;
        try {
            metrics = java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(
                    URI.create(base.toString()).resolve("/metrics?scope=application")).GET().build(),
                    java.net.http.HttpResponse.BodyHandlers.ofString()).body();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        return metrics.lines().filter(line -> line.startsWith("portal_password_computations_total"))
                .mapToDouble(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1))).sum();
    }
}
