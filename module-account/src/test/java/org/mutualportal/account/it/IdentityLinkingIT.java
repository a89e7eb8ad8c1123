package org.mutualportal.account.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mutualportal.account.it.AccountLinks.fieldError;
import static org.mutualportal.account.it.AccountLinks.unique;

import jakarta.mail.internet.MimeMessage;
import java.net.URI;
import java.net.URL;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.mutualportal.core.testing.TestMembers;
import org.mutualportal.core.testing.TestMembers.Created;
import org.mutualportal.testing.EmbeddedDatabase;
import org.mutualportal.testing.OidcProvider;
import org.mutualportal.testing.PortalDeployment;
import org.mutualportal.testing.PortalTest;
import org.mutualportal.testing.TestMailServer;
import org.mutualportal.testing.WebClient;
import org.mutualportal.testing.WebClient.Page;

/**
 * Signing in through FranceConnect the first time, over HTTP against a real OpenID Connect provider started by the
 * test: the member number proves which member the identity is (the card check of "Créer mon espace", its answer and
 * its limits), the account is linked or created without a password, and "Mon compte" shows and removes the links.
 * Each test speaks for an address of its own ({@code X-Forwarded-For}, the portal trusting 127.0.0.1 as its proxy),
 * so that the low per-source limits of the deployment count each test's card checks apart.
 */
@PortalTest
class IdentityLinkingIT {

    private static final String FC = "fc";
    static final OidcProvider OIDC = OidcProvider.start();

    private static final String PASSWORD = "Vacances-Ete2026";
    private static final String MISMATCH = "Ce numéro d'adhérent ne correspond pas à l'identité transmise par FranceConnect.";
    private static final AtomicInteger ADDRESSES = new AtomicInteger();

    @Deployment
    static WebArchive deployment() {
        return PortalDeployment.module()
                .withClasses(TestMembers.class, TestMembers.Created.class, AccountLinks.class)
                .withConfig(OIDC.portalConfig("franceconnect", FC))
                .withConfig("portal.security.trusted-proxies", "127.0.0.1,::1")
                .withConfig("portal.security.source.slow-after", "3")
                .withConfig("portal.security.source.refuse-after", "3")
                .build();
    }

    @AfterAll
    static void stopProvider() {
        OIDC.close();
    }

    @ArquillianResource
    URL base;

    @Test
    @RunAsClient
    void aRightNumberLinksTheAccountSignsInAndTheNextSignInGoesStraightToTheDashboard() {
        Created marie = members().individual("Dupont", "Marie", LocalDate.of(1980, 3, 12));
        String login = unique("marie");
        long accountId = members().account(marie.memberId(), login, PASSWORD);
        String subject = "fc-" + System.nanoTime();
        WebClient browser = client();

        Page linking = franceConnect(browser, subject, identity("Marie Louise", "Dupont", "1980-03-12", null));

        assertThat(linking.uri().getPath()).endsWith("/public/account/link-identity.xhtml");
        assertThat(linking.html().select("#identified").text())
                .isEqualTo("FranceConnect vous a identifié(e) : Marie Louise Dupont, né(e) le 12/03/1980");
        Page linked = linking.form("prove").set("prove:number", marie.membershipNumber()).submit("prove:submit");
        assertThat(linked.status()).as("redirected once committed").isEqualTo(302);
        Page home = browser.follow(linked);
        assertThat(home.uri().getPath()).endsWith("/home.xhtml");
        assertThat(home.text()).contains("Marie DUPONT");

        assertThat(audits("PROVIDER_LINKED", accountId)).isOne();
        MimeMessage told = TestMailServer.awaitMessages(login, 1, Duration.ofSeconds(30)).get(0);
        assertThat(TestMailServer.subject(told)).isEqualTo("FranceConnect est désormais lié à votre espace adhérent");
        assertThat(TestMailServer.text(told)).contains("Bonjour Marie", "Si ce n'est pas vous");
        Page account = browser.get("account/index.xhtml");
        assertThat(account.html().select("#links .link-row").text()).contains("FranceConnect",
                "lié le " + LocalDate.now(ZoneId.of("Europe/Paris")).format(DateTimeFormatter.ofPattern("dd/MM/yyyy")));

        Page again = franceConnect(client(), subject, identity("Marie Louise", "Dupont", "1980-03-12", null));
        assertThat(again.uri().getPath()).as("linked: no question asked").endsWith("/home.xhtml");
    }

    @Test
    @RunAsClient
    void anAccountWaitingForActivationIsActivatedByTheProvenIdentity() {
        Created hugo = members().individual("Fabre", "Hugo", LocalDate.of(1988, 8, 8));
        String login = unique("hugo");
        long accountId = members().account(hugo.memberId(), login, PASSWORD);
        members().execute("update web_account set status = 'PENDING_ACTIVATION' where id = ?", accountId);
        WebClient browser = client();

        Page linking = franceConnect(browser, "fc-" + System.nanoTime(), identity("Hugo", "FABRE", "1988-08-08", null));
        Page home = browser.follow(linking.form("prove").set("prove:number", hugo.membershipNumber()).submit("prove:submit"));

        assertThat(home.uri().getPath()).endsWith("/home.xhtml");
        assertThat(members().text("select status from web_account where id = ?", accountId)).isEqualTo("ACTIVE");
        assertThat(audits("ACCOUNT_ACTIVATED", accountId)).isOne();
    }

    @Test
    @RunAsClient
    void aWrongNumberGetsTheAnswerOfAnUnknownOneLinksNothingAndCountsTheAttempts() {
        Created paul = members().individual("Durand", "Paul", LocalDate.of(1970, 1, 30));
        Created other = members().individual("Durand", "Pierre", LocalDate.of(1970, 1, 30));
        long accountId = members().account(paul.memberId(), unique("paul"), PASSWORD);
        long mismatches = members().count("select count(*) from audit_event where action = 'REGISTRATION_MISMATCH'");
        WebClient browser = client();
        Page linking = franceConnect(browser, "fc-" + System.nanoTime(), identity("Paul", "Durand", "1970-01-30", null));

        Page wrongNumber = linking.form("prove").set("prove:number", other.membershipNumber()).submit("prove:submit");
        Page unknownNumber = wrongNumber.form("prove").set("prove:number", "0000001").submit("prove:submit");

        assertThat(wrongNumber.status()).isEqualTo(200);
        assertThat(wrongNumber.html().select(".ui-messages").text()).contains(MISMATCH)
                .isEqualTo(unknownNumber.html().select(".ui-messages").text());
        assertThat(unknownNumber.status()).isEqualTo(200);
        assertThat(members().count("select count(*) from audit_event where action = 'REGISTRATION_MISMATCH'"))
                .as("counted against the numbers").isEqualTo(mismatches + 2);
        assertThat(audits("PROVIDER_LINKED", accountId)).isZero();
        Page notFormat = unknownNumber.form("prove").set("prove:number", "12/34").submit("prove:submit");
        assertThat(fieldError(notFormat, "prove:number")).as("the registration's constraint").isNotEmpty();
    }

    @Test
    @RunAsClient
    void aClosedAccountIsNotLinked() {
        Created noe = members().individual("Blanc", "Noé", LocalDate.of(1999, 9, 19));
        long accountId = members().account(noe.memberId(), unique("noe"), PASSWORD);
        members().execute("update web_account set status = 'CLOSED' where id = ?", accountId);
        WebClient browser = client();
        Page linking = franceConnect(browser, "fc-" + System.nanoTime(), identity("Noé", "Blanc", "1999-09-19", null));

        Page refused = linking.form("prove").set("prove:number", noe.membershipNumber()).submit("prove:submit");

        assertThat(refused.status()).isEqualTo(200);
        assertThat(refused.html().select(".ui-messages").text()).contains("Votre espace adhérent est désactivé");
        assertThat(audits("PROVIDER_LINKED", accountId)).isZero();
        assertThat(browser.get("home.xhtml").status()).as("not signed in").isEqualTo(302);
    }

    @Test
    @RunAsClient
    void afterFiveMismatchesOnANumberEvenItsMembersIdentityIsAMismatch() {
        Created rose = members().individual("Mercier", "Rose", LocalDate.of(1960, 9, 9));
        long accountId = members().account(rose.memberId(), unique("rose"), PASSWORD);
        // Five guesses of her birth date, two per address so that no address reaches its own limit.
        for (int address = 0; address < 3; address++) {
            Page page = franceConnect(client(), "fc-" + System.nanoTime(),
                    identity("Rose", "Mercier", "1960-09-1" + address, null));
            for (int guess = 0; guess < (address < 2 ? 2 : 1); guess++) {
                page = page.form("prove").set("prove:number", rose.membershipNumber()).submit("prove:submit");
                assertThat(page.html().select(".ui-messages").text()).contains(MISMATCH);
            }
        }
        WebClient browser = client();

        Page held = franceConnect(browser, "fc-" + System.nanoTime(), identity("Rose", "Mercier", "1960-09-09", null))
                .form("prove").set("prove:number", rose.membershipNumber()).submit("prove:submit");

        assertThat(held.html().select(".ui-messages").text()).as("the right identity, once held back").contains(MISMATCH);
        assertThat(audits("PROVIDER_LINKED", accountId)).isZero();
    }

    @Test
    @RunAsClient
    void cardChecksFromOneAddressAreRefusedBeyondTheLimitEvenWithTheRightNumber() {
        Created lise = members().individual("Perrin", "Lise", LocalDate.of(1980, 2, 2));
        long accountId = members().account(lise.memberId(), unique("lise"), PASSWORD);
        WebClient browser = client();
        Page page = franceConnect(browser, "fc-" + System.nanoTime(), identity("Lise", "Perrin", "1980-02-02", null));
        for (int i = 0; i < 3; i++) {
            page = page.form("prove").set("prove:number", "000001" + i).submit("prove:submit");
            assertThat(page.html().select(".ui-messages").text()).as("attempt %s", i).contains(MISMATCH);
        }

        Page refused = page.form("prove").set("prove:number", lise.membershipNumber()).submit("prove:submit");

        assertThat(refused.status()).isEqualTo(429);
        assertThat(refused.html().select(".ui-messages").text()).contains("Trop de tentatives depuis votre connexion internet");
        assertThat(audits("PROVIDER_LINKED", accountId)).isZero();
    }

    @Test
    @RunAsClient
    void aMemberWithoutAnAccountCreatesOneWithoutPasswordThenSetsOneAndOnlyThenMayRemoveTheLink() {
        Created julie = members().individual("Martin", "Julie", LocalDate.of(1993, 5, 17));
        String email = unique("julie");
        String taken = unique("taken");
        members().account(members().individual("Autre", "Personne", LocalDate.of(1950, 1, 1)).memberId(), taken, PASSWORD);
        String subject = "fc-" + System.nanoTime();
        WebClient browser = client();
        Page linking = franceConnect(browser, subject, identity("Julie", "Martin", "1993-05-17", email));

        Page step = linking.form("prove").set("prove:number", julie.membershipNumber()).submit("prove:submit");
        assertThat(step.form("create").fields()).as("pre-filled with the provider's address").containsEntry("create:login", email);
        Page takenAddress = step.form("create").set("create:login", taken).submit("create:submit");
        assertThat(fieldError(takenAddress, "create:login"))
                .isEqualTo("Cette adresse ne peut pas être utilisée comme identifiant : choisissez-en une autre.");
        Page notAnAddress = step.form("create").set("create:login", "pas-une-adresse").submit("create:submit");
        assertThat(fieldError(notAnAddress, "create:login")).contains("Adresse e-mail invalide");
        assertThat(members().count("select count(*) from web_account where member_id = ?", julie.memberId())).isZero();

        Page home = browser.follow(takenAddress.form("create").set("create:login", email).submit("create:submit"));

        assertThat(home.uri().getPath()).endsWith("/home.xhtml");
        long accountId = members().count("select id from web_account where member_id = ?", julie.memberId());
        assertThat(members().text("select status || ' ' || login from web_account where id = ?", accountId))
                .isEqualTo("ACTIVE " + email);
        assertThat(audits("PROVIDER_ACCOUNT_CREATED", accountId)).isOne();
        MimeMessage welcome = TestMailServer.awaitMessages(email, 1, Duration.ofSeconds(30)).get(0);
        assertThat(TestMailServer.subject(welcome)).isEqualTo("Bienvenue dans votre espace adhérent");
        assertThat(client().login(email, PASSWORD).text()).as("no password to sign in with")
                .contains("Identifiant ou mot de passe incorrect");

        Page account = browser.get("account/index.xhtml");
        assertThat(account.html().select("[id='password-link']").text()).isEqualTo("Choisir");
        Page noPassword = browser.get("account/delete.xhtml").form("delete").set("delete:password", "Quelconque#2026")
                .submit("delete:confirm");
        assertThat(fieldError(noPassword, "delete:password")).as("not 'incorrect': there is none")
                .startsWith("Votre espace n'a pas encore de mot de passe");
        Page refused = account.form("rows:0:unlink").submit("rows:0:unlink:remove");
        assertThat(refused.html().select(".ui-messages").text()).contains("Vous n'avez pas de mot de passe",
                "Choisissez d'abord un mot de passe");
        assertThat(audits("PROVIDER_UNLINKED", accountId)).isZero();

        Page passwordPage = browser.get("account/password.xhtml");
        assertThat(passwordPage.html().select("[id='password:current']")).as("no current password to type").isEmpty();
        String chosen = "Printemps#Calanque7";
        Page weak = passwordPage.form("password").set("password:newPassword", "azerty")
                .set("password:confirmation", "azerty").submit("password:save");
        assertThat(fieldError(weak, "password:newPassword")).startsWith("Mot de passe refusé :");
        Page saved = browser.follow(passwordPage.form("password").set("password:newPassword", chosen)
                .set("password:confirmation", chosen).submit("password:save"));
        assertThat(saved.uri().getPath()).endsWith("/account/index.xhtml");
        assertThat(saved.text()).contains("Votre mot de passe est enregistré");
        assertThat(audits("PASSWORD_SET", accountId)).isOne();
        assertThat(client().login(email, chosen).uri().getPath()).endsWith("/home.xhtml");

        Page removed = browser.follow(saved.form("rows:0:unlink").submit("rows:0:unlink:remove"));
        assertThat(removed.text()).contains("Le lien avec FranceConnect est supprimé");
        assertThat(removed.html().select("#links .link-row")).isEmpty();
        assertThat(audits("PROVIDER_UNLINKED", accountId)).isOne();
        // Welcome, password set, the sign-in code of the new browser above, link removed.
        assertThat(TestMailServer.awaitMessages(email, 4, Duration.ofSeconds(30)))
                .anySatisfy(m -> assertThat(TestMailServer.subject(m)).isEqualTo("Le lien avec FranceConnect a été supprimé"));
        assertThat(franceConnect(client(), subject, identity("Julie", "Martin", "1993-05-17", email)).uri().getPath())
                .as("unlinked: the number is asked again").endsWith("/public/account/link-identity.xhtml");
    }

    @Test
    @RunAsClient
    void anotherAccountsLinkIdIsNotFoundAndRemovesNothing() {
        WebClient owner = linkedMember("Roux", "Ana", LocalDate.of(1975, 7, 14));
        WebClient intruder = linkedMember("Leroy", "Tom", LocalDate.of(1976, 8, 15));
        String ownersLink = owner.get("account/index.xhtml").form("rows:0:unlink").fields().get("link");
        assertThat(ownersLink).isNotBlank();

        Page forged = intruder.get("account/index.xhtml").form("rows:0:unlink").set("link", ownersLink)
                .submit("rows:0:unlink:remove");
        Page garbage = intruder.get("account/index.xhtml").form("rows:0:unlink").set("link", "x")
                .submit("rows:0:unlink:remove");

        assertThat(forged.status()).isEqualTo(404);
        assertThat(garbage.status()).isEqualTo(404);
        assertThat(owner.get("account/index.xhtml").html().select("#links .link-row")).hasSize(1);
        assertThat(intruder.get("account/index.xhtml").html().select("#links .link-row")).as("nor its own").hasSize(1);
    }

    @Test
    @RunAsClient
    void withoutAPendingIdentityThePageSendsBackToTheSignInPage() {
        Page page = client().get("public/account/link-identity.xhtml");

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.html().select("#none").text()).contains("Aucune identification en cours");
        assertThat(page.html().select("#none a").attr("href")).endsWith("/login.xhtml");
        assertThat(page.html().select("form#prove, form#create")).isEmpty();
    }

    // --- helpers --------------------------------------------------------------------------------------------

    /** A member with an account linked to a FranceConnect identity, signed in in the returned client. */
    private WebClient linkedMember(String lastName, String firstName, LocalDate birthDate) {
        Created member = members().individual(lastName, firstName, birthDate);
        members().account(member.memberId(), unique(firstName.toLowerCase()), PASSWORD);
        WebClient browser = client();
        Page linking = franceConnect(browser, "fc-" + System.nanoTime(), identity(firstName, lastName, birthDate.toString(), null));
        Page home = browser.follow(linking.form("prove").set("prove:number", member.membershipNumber()).submit("prove:submit"));
        assertThat(home.uri().getPath()).endsWith("/home.xhtml");
        return browser;
    }

    /** FranceConnect-shaped claims. */
    private static Map<String, Object> identity(String givenNames, String familyName, String birthDate, String email) {
        return OidcProvider.franceConnectClaims(givenNames, familyName, birthDate, "female", email);
    }

    /**
     * "S'identifier avec FranceConnect": the portal's start address, the provider's authorization endpoint (which
     * answers for the person given), the portal's callback, and on to the page the portal sends the browser to.
     */
    private Page franceConnect(WebClient browser, String subject, Map<String, Object> claims) {
        OIDC.nextSignIn(FC, subject, claims);
        return browser.follow(browser.get("oidc/franceconnect/start"));
    }

    private WebClient client() {
        // 198.18.0.0/15 is for benchmarks: one address per client, in blocks of its own.
        int n = ADDRESSES.incrementAndGet();
        return new WebClient(URI.create(base.toString())).withHeader("X-Forwarded-For", "198.18." + n + ".7");
    }

    private static long audits(String action, long accountId) {
        return members().count("select count(*) from audit_event where action = ? and target = ?", action,
                "account:" + accountId);
    }

    private static TestMembers members() {
        return TestMembers.in(EmbeddedDatabase.dataSource());
    }
}
