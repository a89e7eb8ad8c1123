package org.mutualportal.core.shell;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import jakarta.inject.Inject;
import jakarta.servlet.ServletContext;
import java.net.URI;
import java.net.URL;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.mutualportal.core.sample.CoreFixtures;
import org.mutualportal.core.sample.SampleJars;
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
 * The core shell on Payara Micro with two test modules: "sample" (enabled) and "ghost" (disabled by
 * configuration), plus the core's demo members. Most tests drive the portal over HTTP as a browser would
 * and check the database from the test JVM; a few run inside the container.
 */
@PortalTest
class CoreShellIT {

    private static final String MARIE = "marie.leroy@example.fr";
    private static final String KARIM = "karim.benali@example.fr";
    private static final String MEMBER_PASSWORD = "Adherent#2026";
    private static final String ADMIN = "admin@mutuelle.example";
    private static final String ADMIN_PASSWORD = "Administrateur#2026";

    @Deployment
    static WebArchive deployment() {
        return PortalDeployment.module()
                .withLibrary(SampleJars.sample())
                .withLibrary(SampleJars.ghost())
                .withClasses(CoreFixtures.class, ShiftedClock.class, TestMembers.class, TestMembers.Created.class)
                .withConfig("portal.demo-data", "true")
                .withConfig("portal.modules.ghost.enabled", "false")
                // Staff accounts of the fixtures sign in without a code; administrators still need one.
                .withConfig("portal.login.otp.roles", "ADMIN")
                .withConfig("portal.login.new-browser-mail", "true")
                .withConfig("portal.mail.retry.base-seconds", "1")
                .withConfig("portal.mail.retry.max-seconds", "2")
                // The legal pages' particulars (ASCII: the test WAR's config file is read as ISO-8859-1); the
                // host's phone stays unset.
                .withConfig("portal.legal.host.name", "Infogerance Essai SAS")
                .withConfig("portal.legal.host.certification", "Certificat HDS n. ESSAI-42")
                .withConfig("portal.legal.dpo.email", "dpo-essai@mutuelle.example")
                .withConfig("portal.legal.accessibility.contact", "a11y-essai@mutuelle.example")
                .withConfig("portal.legal.accessibility.date", "2026-03-02")
                .withConfig("portal.legal.retention.logs", "6 mois")
                .build();
    }

    @ArquillianResource
    URL base;

    @Inject
    CoreFixtures fixtures;

    @Inject
    ServletContext servletContext;

    @Test
    @RunAsClient
    void theLandingPageIsPublicFrenchAndHardened() {
        Page landing = client().get("");

        assertThat(landing.status()).isEqualTo(200);
        assertThat(landing.text()).contains("Je suis adhérent", "Je suis professionnel de santé", "Je suis administrateur",
                "Mutuelle de Marseille Métropole");
        assertThat(landing.header("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(landing.header("X-Frame-Options")).isEqualTo("DENY");
        assertThat(landing.header("Referrer-Policy")).isEqualTo("same-origin");
        assertThat(landing.headers("Content-Security-Policy"))
                .anySatisfy(csp -> assertThat(csp).contains("frame-ancestors 'none'"))
                .anySatisfy(csp -> assertThat(csp).contains("script-src 'self' 'nonce-"));
    }

    @Test
    @RunAsClient
    void theLandingPageOffersTheGuidesChoicesSignedOutAndNoRegistrationWhenNoModuleOffersIt() {
        WebClient visitor = client();
        Page landing = visitor.get("");

        assertThat(landing.html().select("#box-member ~ .access-intro").text()).isEqualTo("2 choix s'offrent à vous.");
        assertThat(landing.html().select("#choice-login h3").text()).isEqualTo("J'ai déjà un espace personnel");
        assertThat(landing.html().select("#member-access").text()).isEqualTo("➔ Me connecter");
        assertThat(landing.html().select("#choice-create, #create-space")).as("the sample modules offer no registration").isEmpty();
        assertThat(landing.html().select("#box-pro ~ p a").text()).isEqualTo("Accéder à mon espace pro i-Santé");
        Page login = visitor.open(landing.html().select("#member-access").attr("href"));
        assertThat(login.status()).isEqualTo(200);
        assertThat(login.html().select("h1").text()).isEqualTo("Je m'identifie");
    }

    @Test
    @RunAsClient
    void anonymousVisitorsOfAProtectedPageAreSentToTheLoginPage() {
        Page home = client().get("home.xhtml");

        assertThat(home.status()).isEqualTo(302);
        assertThat(home.location()).contains("/login.xhtml?next=%2Fhome.xhtml");
    }

    @Test
    @RunAsClient
    void signingInGivesANewSessionIdInAHardenedCookie() {
        WebClient browser = client();
        Page login = browser.get("login.xhtml");
        String anonymousSession = browser.cookie("JSESSIONID").orElseThrow().getValue();

        Page answer = login.form("login").set("login:identifier", MARIE).set("login:password", MEMBER_PASSWORD)
                .submit("login:submit");

        assertThat(answer.status()).isEqualTo(302);
        assertThat(answer.location()).endsWith("/home.xhtml");
        List<String> cookies = answer.headers("Set-Cookie");
        assertThat(cookies).as("the session, and the browser now known to the account (if it was not yet)")
                .hasSizeBetween(1, 2).allSatisfy(cookie -> {
                    assertThat(cookie).matches("(JSESSIONID|portal_device)=.*").contains("HttpOnly");
                    assertThat(cookie.toLowerCase().split("samesite=lax", -1)).as("SameSite=Lax exactly once").hasSize(2);
                });
        assertThat(cookies).filteredOn(cookie -> cookie.startsWith("JSESSIONID=")).hasSize(1);
        assertThat(browser.cookie("JSESSIONID").orElseThrow().getValue()).isNotEqualTo(anonymousSession);
    }

    @Test
    @RunAsClient
    void aSharedBodyIsBuiltForTheFirstPageOfItsKeyOnlyThenServedFromItsMarkup() {
        WebClient browser = client();
        browser.login(MARIE, MEMBER_PASSWORD);

        Page first = browser.get("sample/shared.xhtml");
        Page second = browser.get("sample/shared.xhtml");

        assertThat(first.status()).isEqualTo(200);
        assertThat(first.html().select("#built").text()).as("body built the first time").isEqualTo("true");
        assertThat(second.html().select("#built").text()).as("body not built once the key has markup").isEqualTo("false");
        assertThat(second.html().select("#shared-body").outerHtml()).isEqualTo(first.html().select("#shared-body").outerHtml())
                .contains("Corps partagé");
    }

    @Test
    @RunAsClient
    void theDashboardShowsTheToolbarFromTheRegistryAndTheModulesWidgets() {
        WebClient browser = client();
        Page home = browser.login(MARIE, MEMBER_PASSWORD);

        assertThat(home.status()).isEqualTo(200);
        assertThat(home.header("Cache-Control")).isEqualTo("no-store");
        assertThat(home.html().select("#toolbar-CONTRACT, #toolbar-HEALTH, #toolbar-DOCUMENTS, #toolbar-FOLLOW_UP")).hasSize(4);
        assertThat(home.html().select("#toolbar-HEALTH a").eachText()).contains("Page d'essai");
        assertThat(home.html().select("#toolbar-DOCUMENTS").text()).isEqualTo("Documents (à venir)");
        assertThat(home.html().select("#sample-widget").text()).isEqualTo("Contenu du widget d'essai");
        assertThat(home.html().select("#situation a").eachText()).contains("Changer mon contrat d'essai");
        assertThat(home.text()).contains("Marie LEROY", "100234 - Labellisée Confort").doesNotContain("Module fantôme");

        // The shared parts of a second dashboard come from the markup of the first.
        Page again = browser.get("home.xhtml");
        assertThat(again.html().select("nav.toolbar").outerHtml()).isEqualTo(home.html().select("nav.toolbar").outerHtml())
                .contains("Page d'essai");
        assertThat(again.html().select("#situation").outerHtml()).isEqualTo(home.html().select("#situation").outerHtml())
                .contains("Changer mon contrat d'essai");
    }

    @Test
    @RunAsClient
    void theMemberCardShowsTheNameTheMobileOrElseTheHomePhoneAndTheEmail() {
        TestMembers members = TestMembers.in(EmbeddedDatabase.dataSource());
        Created sarah = members.individual("Da Silva", "Sarah", LocalDate.of(1993, 3, 23));
        members.execute("update member set mobile_phone = null, home_phone = '04.91.22.33.44', email = 'sarah.dasilva@example.fr'"
                + " where id = ?", sarah.memberId());
        String login = "sarah-" + System.nanoTime() + "@example.fr";
        members.account(sarah.memberId(), login, MEMBER_PASSWORD);

        Page homePhoneOnly = client().login(login, MEMBER_PASSWORD);
        members.execute("update member set mobile_phone = '0622446688' where id = ?", sarah.memberId());
        Page withMobile = client().login(login, MEMBER_PASSWORD);

        assertThat(homePhoneOnly.html().select(".member-card .card-title").text()).isEqualTo("Bonjour Sarah");
        assertThat(memberCard(homePhoneOnly)).containsExactly("Nom et prénom Sarah DA SILVA", "Numéro de téléphone 04 91 22 33 44",
                "E-mail sarah.dasilva@example.fr");
        assertThat(memberCard(withMobile)).containsExactly("Nom et prénom Sarah DA SILVA", "Numéro de téléphone 06 22 44 66 88",
                "E-mail sarah.dasilva@example.fr");
    }

    @Test
    @RunAsClient
    void signingOutEndsTheSession() {
        WebClient browser = client();
        Page home = browser.login(MARIE, MEMBER_PASSWORD);
        String session = browser.cookie("JSESSIONID").orElseThrow().getValue();

        Page bye = browser.follow(home.form("header").submit("header:logout"));

        assertThat(bye.text()).contains("Vous êtes déconnecté");
        Page replay = client().withCookie("JSESSIONID", session).get("home.xhtml");
        assertThat(replay.status()).isEqualTo(302);
        assertThat(replay.location()).contains("login.xhtml");
    }

    @Test
    @RunAsClient
    void aFailedSignInGetsOneGenericMessageWhateverTheCause() {
        // An account of its own: a recent failure would make the demo members' next sign-ins ask for a code.
        TestMembers members = TestMembers.in(EmbeddedDatabase.dataSource());
        String login = "failing-" + System.nanoTime() + "@example.fr";
        members.account(members.individual("Morel", "Anna", LocalDate.of(1970, 1, 8)).memberId(), login, MEMBER_PASSWORD);
        Page wrongPassword = client().login(login, "Wrong#Password1");
        Page unknownIdentifier = client().login("nobody-" + System.nanoTime() + "@example.fr", "Wrong#Password1");

        String message = "Identifiant ou mot de passe incorrect.";
        assertThat(wrongPassword.text()).contains(message);
        assertThat(unknownIdentifier.text()).contains(message);
        assertThat(wrongPassword.html().select(".ui-messages").text())
                .isEqualTo(unknownIdentifier.html().select(".ui-messages").text());
        assertThat(wrongPassword.html().select(".ui-messages li").eachText()).as("said once, not read out twice")
                .singleElement().asString().startsWith(message);
    }

    @Test
    @RunAsClient
    void aModuleDisabledByConfigurationHasNoPagesAndNoMenu() {
        WebClient browser = client();
        Page home = browser.login(MARIE, MEMBER_PASSWORD);
        Page ghost = browser.get("ghost/index.xhtml");

        assertThat(home.text()).doesNotContain("Module fantôme");
        assertThat(ghost.status()).isEqualTo(404);
        assertThat(ghost.text()).contains("Page introuvable").doesNotContain("Exception");
    }

    @Test
    @RunAsClient
    void anAdministratorSwitchesAModuleOffAndOnAtRuntime() throws SQLException {
        WebClient admin = client();
        admin.login("admin@mutuelle.example", "Administrateur#2026");
        WebClient member = client();
        member.login(MARIE, MEMBER_PASSWORD);
        Page modules = admin.get("admin/modules.xhtml");
        assertThat(modules.html().select("#modules\\:table\\:0\\:state").text()).isEqualTo("Activé");
        assertThat(modules.html().select("#modules\\:table\\:1\\:state").text()).isEqualTo("Désactivé par la configuration");
        assertThat(modules.html().select("#modules\\:table\\:1\\:enable")).isEmpty();

        try {
            Page disabled = modules.form("modules").ajax("modules:table:0:disable", "modules", "modules");
            assertThat(disabled.body()).contains("<span id=\"modules:table:0:state\" class=\"state state-off\">Désactivé</span>");

            assertThat(member.get("home.xhtml").html().select("#toolbar-HEALTH").text()).doesNotContain("Page d'essai");
            assertThat(member.get("sample/index.xhtml").status()).isEqualTo(404);
            assertThat(member.get("home.xhtml").html().select("#sample-widget")).isEmpty();
            assertThat(count("select count(*) from audit_event where action = 'MODULE_DISABLED' and target = 'module:sample'"))
                    .isPositive();
            assertThat(admin.get("admin/modules.xhtml").html().select("#modules\\:table\\:0\\:state").text())
                    .isEqualTo("Désactivé");
        } finally {
            admin.get("admin/modules.xhtml").form("modules").ajax("modules:table:0:enable", "modules", "modules");
        }
        assertThat(member.get("sample/index.xhtml").status()).isEqualTo(200);
        assertThat(member.get("home.xhtml").html().select("#toolbar-HEALTH a").eachText()).contains("Page d'essai");
    }

    @Test
    @RunAsClient
    void maSituationChangeWarnsCollectiveMembersBeforeTheyClickAndOnlyThem() {
        Page karim = client().login(KARIM, MEMBER_PASSWORD);
        Page marie = client().login(MARIE, MEMBER_PASSWORD);

        assertThat(karim.html().select("#situation #situation-collective").text())
                .isEqualTo("Attention pour nos adhérents ayant souscrit à un contrat collectif ! Merci de bien vouloir solliciter"
                        + " votre employeur pour toutes modifications de coordonnées et de contrat.");
        assertThat(karim.html().select("#situation a").eachText()).as("the actions stay, the guard sends to the employer page")
                .contains("Changer mon contrat d'essai");
        assertThat(marie.html().select("#situation-collective")).as("an individual contract").isEmpty();
        assertThat(marie.html().select("#situation a").eachText()).contains("Changer mon contrat d'essai");
    }

    @Test
    @RunAsClient
    void aMemberOfACollectiveContractIsSentToTheEmployerPage() {
        WebClient karim = client();
        karim.login(KARIM, MEMBER_PASSWORD);

        Page change = karim.get("sample/change.xhtml");

        assertThat(change.status()).isEqualTo(302);
        assertThat(change.location()).endsWith("/employer-managed.xhtml");
        assertThat(karim.follow(change).text()).contains("solliciter votre employeur", "Transports Phocéens SA");
    }

    @Test
    @RunAsClient
    void aForgedChangeOfACollectiveContractIsRefusedOnTheServer() throws SQLException {
        WebClient karim = client();
        Page home = karim.login(KARIM, MEMBER_PASSWORD);
        Page individual = switchMembership(karim, home, "200872");
        assertThat(individual.text()).contains("200872 - Renfort Hospitalisation");

        Page allowed = karim.get("sample/change.xhtml");
        assertThat(allowed.status()).isEqualTo(200);
        karim.follow(allowed.form("change").set("change:value", "allowed-" + System.nanoTime()).submit("change:save"));
        assertThat(count("select count(*) from audit_event where action = 'SAMPLE_CHANGE' and detail like 'allowed-%'"))
                .as("the same change is accepted on an individual contract").isPositive();

        Page staleForm = karim.get("sample/change.xhtml");
        switchMembership(karim, karim.get("home.xhtml"), "200871");
        String forged = "forged-" + System.nanoTime();
        Page refused = staleForm.form("change").set("change:value", forged).submit("change:save");

        assertThat(refused.status()).isEqualTo(302);
        assertThat(refused.location()).endsWith("/employer-managed.xhtml");
        assertThat(count("select count(*) from audit_event where action = 'SAMPLE_CHANGE' and detail = '" + forged + "'"))
                .isZero();
    }

    @Test
    @RunAsClient
    void aMemberReachesOnlyTheirOwnBeneficiaries() throws SQLException {
        long own = count("select b.id from beneficiary b where b.external_id = 'DEMO-B-0002'");
        long foreign = count("select b.id from beneficiary b where b.external_id = 'DEMO-B-0006'");
        WebClient marie = client();
        marie.login(MARIE, MEMBER_PASSWORD);

        assertThat(marie.get("sample/beneficiary.xhtml?id=" + own).html().select("#name").text()).isEqualTo("Julien LEROY");
        Page other = marie.get("sample/beneficiary.xhtml?id=" + foreign);
        assertThat(other.status()).isEqualTo(404);
        assertThat(other.text()).doesNotContain("BENALI", "Nadia");
        assertThat(marie.get("sample/beneficiary.xhtml?id=abc").status()).isEqualTo(404);
    }

    @Test
    @RunAsClient
    void pagesAreOpenOnlyToTheirRole() {
        WebClient marie = client();
        marie.login(MARIE, MEMBER_PASSWORD);
        WebClient staff = client();
        Page staffHome = staff.login("conseiller@mutuelle.example", "Conseiller#2026");

        Page forbidden = marie.get("admin/modules.xhtml");
        assertThat(forbidden.status()).isEqualTo(403);
        assertThat(forbidden.text()).contains("Accès refusé");
        assertThat(marie.get("sample/staff/index.xhtml").status()).isEqualTo(403);
        assertThat(staff.get("home.xhtml").status()).isEqualTo(403);
        assertThat(staffHome.html().select(".console-links a").eachText()).contains("Outil d'essai");
        assertThat(staff.get("sample/staff/index.xhtml").status()).isEqualTo(200);
    }

    @Test
    @RunAsClient
    void anUnexpectedFailureShowsAReferenceAndNoTechnicalDetail() {
        WebClient marie = client();
        marie.login(MARIE, MEMBER_PASSWORD);

        Page failure = marie.get("sample/failure.xhtml");

        assertThat(failure.status()).isEqualTo(500);
        assertThat(failure.text()).contains("Une erreur est survenue", "Référence de l'incident")
                .doesNotContain("secret internal detail", "Exception", "at org.");
        assertThat(failure.html().select(".error-reference strong").text()).matches("[A-Z0-9]{8}");
    }

    @Test
    void oldPasswordHashesAreUpgradedAtTheNextSignIn() {
        String login = fixtures.staffAccount("Ancien#Passe2019", 2048);
        assertThat(fixtures.passwordHashOf(login)).startsWith("PBKDF2WithHmacSHA256:2048:");

        Page signedIn = client().login(login, "Ancien#Passe2019");

        assertThat(signedIn.status()).isEqualTo(200);
        assertThat(fixtures.passwordHashOf(login)).startsWith("PBKDF2WithHmacSHA256:600000:");
        assertThat(client().login(login, "Ancien#Passe2019").html().select(".console-links")).isNotEmpty();
    }

    @Test
    void repeatedFailuresSlowDownThenLockTheAccountAndTellItsOwner() {
        String login = fixtures.staffAccount("Correct#Passe2026", 1024);
        Duration elapsed = Duration.ZERO;
        try {
            for (int i = 0; i < 3; i++) {
                client().login(login, "Wrong#Passe" + i);
            }
            assertThat(client().login(login, "Correct#Passe2026").text())
                    .as("refused unverified: too soon after three failures").contains("Identifiant ou mot de passe incorrect.");

            for (int i = 3; i < 5; i++) {
                elapsed = elapsed.plusSeconds(60);
                ShiftedClock.shift(elapsed);
                client().login(login, "Wrong#Passe" + i);
            }
            elapsed = elapsed.plusSeconds(60);
            ShiftedClock.shift(elapsed);
            assertThat(client().login(login, "Correct#Passe2026").text())
                    .as("locked after five failures").contains("Identifiant ou mot de passe incorrect.");
            assertThat(fixtures.mailKindsTo(login)).contains("core/account-locked");

            ShiftedClock.shift(elapsed.plusMinutes(16));
            assertThat(signInForm(client(), login, "Correct#Passe2026").uri().getPath())
                    .as("unlocked: the password is taken, and confirmed by a code after these failures")
                    .endsWith("/login-code.xhtml");
        } finally {
            ShiftedClock.reset();
        }
    }

    @Test
    void aSignInRightAfterThreeFailuresMustWaitAFewSeconds() {
        String login = fixtures.staffAccount("Correct#Passe2026", 1024);
        try {
            for (int i = 0; i < 3; i++) {
                client().login(login, "Wrong#Passe" + i);
            }
            assertThat(signInForm(client(), login, "Correct#Passe2026").text()).contains("Identifiant ou mot de passe incorrect.");

            ShiftedClock.shift(Duration.ofSeconds(3));
            assertThat(signInForm(client(), login, "Correct#Passe2026").uri().getPath())
                    .as("the password is taken, and confirmed by a code after these failures").endsWith("/login-code.xhtml");
        } finally {
            ShiftedClock.reset();
        }
    }

    @Test
    void sessionsEndTwelveHoursAfterSignInWhateverTheActivity() {
        WebClient marie = client();
        marie.login(MARIE, MEMBER_PASSWORD);
        assertThat(marie.get("home.xhtml").status()).isEqualTo(200);

        ShiftedClock.shift(Duration.ofHours(12).plusMinutes(1));
        try {
            Page later = marie.get("home.xhtml");
            assertThat(later.status()).isEqualTo(302);
            assertThat(later.location()).contains("login.xhtml");
        } finally {
            ShiftedClock.reset();
        }
    }

    @Test
    void sessionsExpireAfterThirtyIdleMinutesWithAnHttpOnlyCookie() {
        assertThat(servletContext.getSessionTimeout()).isEqualTo(30);
        assertThat(servletContext.getSessionCookieConfig().isHttpOnly()).isTrue();
    }

    @Test
    @RunAsClient
    void anAdministratorOnANewDeviceConfirmsWithACodeSentByEmail() {
        WebClient admin = client();
        int before = TestMailServer.messagesTo(ADMIN).size();
        Page codePage = admin.follow(admin.get("login.xhtml").form("login")
                .set("login:identifier", ADMIN).set("login:password", ADMIN_PASSWORD).submit("login:submit"));
        assertThat(codePage.uri().getPath()).endsWith("/login-code.xhtml");
        assertThat(admin.get("admin/modules.xhtml").status()).as("not signed in yet").isEqualTo(302);

        var mails = TestMailServer.awaitMessages(ADMIN, before + 1, Duration.ofSeconds(30));
        var mail = mails.get(mails.size() - 1);
        String code = TestMailServer.subject(mail).replaceAll("\\D", "");
        assertThat(TestMailServer.text(mail)).contains(code).doesNotContain("Administrateur#2026");
        Page wrong = codePage.form("verify").set("verify:code", code.equals("000000") ? "111111" : "000000").submit("verify:submit");
        assertThat(wrong.text()).as(wrong.status() + " " + wrong.text()).contains("Code incorrect");
        Page signedIn = admin.follow(wrong.form("verify").set("verify:code", code).submit("verify:submit"));

        assertThat(signedIn.uri().getPath()).endsWith("/admin/index.xhtml");
        assertThat(admin.cookie("portal_device")).isPresent();
        admin.follow(signedIn.form("header").submit("header:logout"));
        int mailsSoFar = TestMailServer.messagesTo(ADMIN).size();
        Page again = admin.follow(admin.get("login.xhtml").form("login")
                .set("login:identifier", ADMIN).set("login:password", ADMIN_PASSWORD).submit("login:submit"));
        assertThat(again.uri().getPath()).as("a known device needs no code").endsWith("/admin/index.xhtml");
        assertThat(TestMailServer.messagesTo(ADMIN)).hasSize(mailsSoFar);
    }

    @Test
    @RunAsClient
    void aMemberIsToldByEmailOfASignInFromABrowserNewToTheAccountButNotOfTheFirstOneNorOfAKnownBrowser()
            throws SQLException {
        TestMembers members = TestMembers.in(EmbeddedDatabase.dataSource());
        Created ines = members.individual("Garnier", "Inès", LocalDate.of(1990, 6, 2));
        String login = "ines-" + System.nanoTime() + "@example.fr";
        members.account(ines.memberId(), login, MEMBER_PASSWORD);

        WebClient laptop = client();
        Page first = signInForm(laptop, login, MEMBER_PASSWORD);
        assertThat(first.uri().getPath()).endsWith("/home.xhtml");
        assertThat(laptop.cookie("portal_device")).as("this browser is known from now on").isPresent();
        assertThat(newBrowserNotices(login)).as("no notice for an account's very first sign-in").isZero();

        WebClient phone = client();
        assertThat(signInForm(phone, login, MEMBER_PASSWORD).uri().getPath()).as("no code without a recent failure")
                .endsWith("/home.xhtml");
        var notice = TestMailServer.awaitMessages(login, 1, Duration.ofSeconds(30)).get(0);
        assertThat(TestMailServer.subject(notice)).isEqualTo("Nouvelle connexion à votre espace adhérent");
        assertThat(TestMailServer.text(notice)).contains("Bonjour Inès,", "depuis un navigateur que nous ne connaissions pas",
                "changez-le sans attendre").doesNotContain(MEMBER_PASSWORD, "127.0.0.1");

        laptop.follow(first.form("header").submit("header:logout"));
        assertThat(signInForm(laptop, login, MEMBER_PASSWORD).uri().getPath()).endsWith("/home.xhtml");
        assertThat(signInForm(client().withCookie("portal_device", phone.cookie("portal_device").orElseThrow().getValue()),
                login, MEMBER_PASSWORD).uri().getPath()).endsWith("/home.xhtml");
        TestMailServer.assertMessageCountStays(login, 1, Duration.ofSeconds(6));
        assertThat(newBrowserNotices(login)).as("known browsers are not new").isOne();
    }

    @Test
    @RunAsClient
    void aRightPasswordFromANewBrowserAfterARecentFailureIsConfirmedWithTheEmailedCode() throws SQLException {
        TestMembers members = TestMembers.in(EmbeddedDatabase.dataSource());
        Created hugo = members.individual("Perrin", "Hugo", LocalDate.of(1985, 11, 9));
        String login = "hugo-" + System.nanoTime() + "@example.fr";
        members.account(hugo.memberId(), login, MEMBER_PASSWORD);
        WebClient own = client();
        assertThat(signInForm(own, login, MEMBER_PASSWORD).uri().getPath()).endsWith("/home.xhtml");
        String ownDevice = own.cookie("portal_device").orElseThrow().getValue();

        WebClient other = client();
        assertThat(signInForm(other, login, "Pas#LeBon2026").text()).contains("Identifiant ou mot de passe incorrect.");
        int mailsBefore = TestMailServer.messagesTo(login).size();
        Page codePage = signInForm(other, login, MEMBER_PASSWORD);

        assertThat(codePage.uri().getPath()).as("a new browser right after a failure").endsWith("/login-code.xhtml");
        assertThat(other.get("home.xhtml").status()).as("not signed in yet").isEqualTo(302);
        String code = TestMailServer.awaitSignInCode(login, mailsBefore, Duration.ofSeconds(30));
        Page signedIn = other.follow(codePage.form("verify").set("verify:code", code).submit("verify:submit"));
        assertThat(signedIn.uri().getPath()).endsWith("/home.xhtml");
        assertThat(newBrowserNotices(login)).as("the code already told the owner").isZero();

        assertThat(signInForm(client().withCookie("portal_device", ownDevice), login, MEMBER_PASSWORD).uri().getPath())
                .as("a known browser needs no code, failure or not").endsWith("/home.xhtml");

        execute("update web_account set last_failure_at = now() - interval '25 hours' where login = '" + login + "'");
        assertThat(signInForm(client(), login, MEMBER_PASSWORD).uri().getPath())
                .as("a day after the failure, a new browser is trusted again").endsWith("/home.xhtml");
        assertThat(newBrowserNotices(login)).as("and its owner told").isOne();
    }

    /** Signs in by the form, without typing a code if one is asked: the page the sign-in leads to. */
    private static Page signInForm(WebClient client, String login, String password) {
        return client.follow(client.get("login.xhtml").form("login")
                .set("login:identifier", login).set("login:password", password).submit("login:submit"));
    }

    private static long newBrowserNotices(String login) throws SQLException {
        return count("select count(*) from outbox_mail where kind = 'core/new-browser' and recipient = '" + login + "'");
    }

    @Test
    @RunAsClient
    void mailsWaitInTheOutboxWhileTheSmtpServerIsDownAndGoOutOnceWhenItIsBack() throws Exception {
        TestMailServer.stop();
        WebClient admin = client();
        try {
            admin.follow(admin.get("login.xhtml").form("login")
                    .set("login:identifier", ADMIN).set("login:password", ADMIN_PASSWORD).submit("login:submit"));
            long id = count("select max(id) from outbox_mail where recipient = '" + ADMIN + "'");
            await("the outbox tries the mail while the relay is down").atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                    assertThat(count("select count(*) from outbox_mail where id = " + id
                            + " and status = 'PENDING' and attempts >= 1")).as("kept, tried, and waiting").isOne());
        } finally {
            TestMailServer.restart();
        }
        long id = count("select max(id) from outbox_mail where recipient = '" + ADMIN + "'");
        String messageId = "<outbox-" + id + ".";
        await("the mail sent once the relay is back").atMost(Duration.ofSeconds(30))
                .until(() -> count("select count(*) from outbox_mail where id = " + id + " and status = 'SENT'") == 1);
        // Sent once: no second copy comes in the next outbox rounds.
        await("no second copy").during(Duration.ofSeconds(6)).atMost(Duration.ofSeconds(11)).untilAsserted(() ->
                assertThat(TestMailServer.messagesTo(ADMIN)).filteredOn(m -> messageIdOf(m).startsWith(messageId)).hasSize(1));
    }

    private static String messageIdOf(jakarta.mail.internet.MimeMessage message) {
        try {
            return message.getMessageID();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    @RunAsClient
    void theFourLegalPagesArePublicFrenchAndShowTheMutualsParticulars() {
        WebClient visitor = client();

        Page notice = visitor.get("public/core/legal-notice.xhtml");
        Page privacy = visitor.get("public/core/privacy.xhtml");
        Page accessibility = visitor.get("public/core/accessibility.xhtml");
        Page cookies = visitor.get("public/core/cookies.xhtml");

        assertLegalPage(notice, "Mentions légales");
        assertThat(notice.html().select("#publisher").text()).contains("Mutuelle de Marseille Métropole", "04 84 90 01 69");
        assertThat(notice.html().select("#host").text()).contains("Infogerance Essai SAS", "Certificat HDS n. ESSAI-42")
                .as("an unset particular says so").contains("(à renseigner par la mutuelle)");
        assertLegalPage(privacy, "Données personnelles");
        assertThat(privacy.html().select("#processing-logs").text()).contains("adresse IP", "6 mois");
        assertThat(privacy.html().select("#rights li")).hasSize(7);
        assertThat(privacy.html().select("#dpo a").attr("href")).isEqualTo("mailto:dpo-essai@mutuelle.example");
        assertThat(privacy.html().select("#cnil").text()).contains("3 place de Fontenoy");
        assertThat(privacy.html().select("#in-portal")).as("no module gives members account pages here").isEmpty();
        assertLegalPage(accessibility, "Accessibilité");
        assertThat(accessibility.html().select("#status").text()).contains("partiellement conforme");
        assertThat(accessibility.html().select("#statement-date").text()).contains("2 mars 2026");
        assertThat(accessibility.text()).contains("a11y-essai@mutuelle.example",
                "Défenseur des droits, Libre réponse 71120, 75342 Paris CEDEX 07");
        assertLegalPage(cookies, "Cookies");
        assertThat(cookies.text()).contains("aucun bandeau", "30 minutes", "365 jours");
    }

    @Test
    @RunAsClient
    void theFooterOfPublicSignedInAndErrorPagesLeadsToTheLegalPages() {
        WebClient marie = client();
        Page landing = marie.get("");
        Page missing = marie.get("public/no-such-page.xhtml");
        Page home = marie.login(MARIE, MEMBER_PASSWORD);

        for (Page page : List.of(landing, home)) {
            assertThat(page.html().select("footer.site-footer a").eachText()).as(page.uri().toString())
                    .containsExactly("Mentions légales", "Données personnelles", "Accessibilité : partiellement conforme", "Cookies");
        }
        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.html().select("footer a").eachAttr("href"))
                .isEqualTo(landing.html().select("footer.site-footer a").eachAttr("href"));
        for (String link : landing.html().select("footer.site-footer a").eachAttr("href")) {
            Page anonymous = client().get(link);
            assertThat(anonymous.status()).as(link).isEqualTo(200);
            assertThat(anonymous.html().select("#header\\:logout")).isEmpty();
        }
        for (String link : home.html().select("footer.site-footer a").eachAttr("href")) {
            Page signedIn = marie.get(link);
            assertThat(signedIn.status()).as(link).isEqualTo(200);
            assertThat(signedIn.html().select("#header\\:logout")).as("still in the member's frame").isNotEmpty();
        }
    }

    @Test
    @RunAsClient
    void theCookiesPageNamesEveryCookieThePortalSetsWhenMembersAndAdministratorsSignIn() {
        WebClient member = client();
        member.get("");
        Page home = member.login(MARIE, MEMBER_PASSWORD);
        member.follow(home.form("header").submit("header:logout"));
        WebClient admin = client();
        admin.login(ADMIN, ADMIN_PASSWORD);
        Set<String> set = new TreeSet<>(member.cookiesSet());
        set.addAll(admin.cookiesSet());
        assertThat(set).as("a session and a known device at least").contains("JSESSIONID", "portal_device");

        List<String> named = client().get("public/core/cookies.xhtml").html().select("#cookies tbody th code").eachText();

        assertThat(named).containsAll(set);
    }

    private static void assertLegalPage(Page page, String title) {
        assertThat(page.status()).as(title).isEqualTo(200);
        assertThat(page.html().select("h1").text()).isEqualTo(title);
        assertThat(page.html().title()).startsWith(title + " — ");
        assertThat(page.html().select("html").attr("lang")).isEqualTo("fr");
    }

    private WebClient client() {
        return new WebClient(URI.create(base.toString()));
    }

    private Page switchMembership(WebClient browser, Page page, String number) {
        String value = page.html().select("#header\\:membership option").stream()
                .filter(o -> o.text().startsWith(number)).findFirst().orElseThrow().attr("value");
        return browser.follow(page.form("header").set("header:membership", value).submit("header:switch"));
    }

    @Test
    @RunAsClient
    void aChangeThatMeetsSomeoneElsesAtTheSameMomentReloadsThePageWithAMessageAndWritesNothing() throws Exception {
        WebClient marie = client();
        marie.login(MARIE, MEMBER_PASSWORD);
        long version = count("select version from member where email = '" + MARIE + "'");

        Page refused = marie.get("sample/conflict.xhtml").form("conflict").set("conflict:phone", "0611223344")
                .submit("conflict:save");

        assertThat(refused.status()).isEqualTo(302);
        assertThat(refused.location()).endsWith("/sample/conflict.xhtml");
        Page reloaded = marie.follow(refused);
        assertThat(reloaded.status()).isEqualTo(200);
        assertThat(reloaded.html().select("#messages").text())
                .contains("modifiées par quelqu'un d'autre au même moment", "n'a pas été enregistrée");
        assertThat(count("select count(*) from member where mobile_phone = '0611223344'")).isZero();
        assertThat(count("select version from member where email = '" + MARIE + "'")).isEqualTo(version);
    }

    @Test
    @RunAsClient
    void aFormWhoseViewIsNoLongerKeptReloadsItsPageInsteadOfFailing() throws Exception {
        WebClient marie = client();
        marie.login(MARIE, MEMBER_PASSWORD);

        // A view state the session does not hold, as after an idle evening with many tabs open.
        Page expired = marie.get("sample/conflict.xhtml").form("conflict").set("conflict:phone", "0622334455")
                .set("jakarta.faces.ViewState", "1234567890123:9876543210987").submit("conflict:save");

        assertThat(expired.status()).isEqualTo(302);
        assertThat(expired.location()).endsWith("/sample/conflict.xhtml");
        assertThat(marie.follow(expired).status()).isEqualTo(200);
        assertThat(count("select count(*) from member where mobile_phone = '0622334455'")).isZero();
    }

    @Test
    @RunAsClient
    void theDashboardShowsTheSignInBeforeThisOneForAsLongAsTheSessionLasts() throws Exception {
        // A known earlier sign-in (10:30 in Paris in January), and Karim signed in nowhere else at this point.
        execute("update web_account set last_login_at = timestamp with time zone '2026-01-15 09:30:00+00'"
                + " where login = '" + KARIM + "'");
        WebClient first = client();
        assertThat(previousLogin(first.login(KARIM, MEMBER_PASSWORD))).isEqualTo("Dernière connexion le 15/01/2026 10:30");

        WebClient second = client();
        String secondSaw = previousLogin(second.login(KARIM, MEMBER_PASSWORD));

        assertThat(secondSaw).startsWith("Dernière connexion le ").doesNotContain("15/01/2026");
        // The first session still shows the sign-in before it, not the one that came after it.
        assertThat(previousLogin(first.get("home.xhtml"))).isEqualTo("Dernière connexion le 15/01/2026 10:30");
        assertThat(previousLogin(second.get("home.xhtml"))).isEqualTo(secondSaw);
    }

    /** The member card's items, each as "label value". */
    private static List<String> memberCard(Page dashboard) {
        return dashboard.html().select(".member-card .sheet-item").eachText();
    }

    private static String previousLogin(Page dashboard) {
        return dashboard.html().select(".member-card .previous-login").text();
    }

    private static void execute(String sql) throws SQLException {
        try (Connection connection = EmbeddedDatabase.dataSource().getConnection();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.executeUpdate();
        }
    }

    private static long count(String sql) throws SQLException {
        try (Connection connection = EmbeddedDatabase.dataSource().getConnection();
                PreparedStatement statement = connection.prepareStatement(sql);
                ResultSet rows = statement.executeQuery()) {
            rows.next();
            return rows.getLong(1);
        }
    }
}
