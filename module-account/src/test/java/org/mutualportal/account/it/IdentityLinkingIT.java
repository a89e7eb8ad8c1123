package org.mutualportal.account.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mutualportal.account.it.AccountLinks.fieldError;
import static org.mutualportal.account.it.AccountLinks.token;
import static org.mutualportal.account.it.AccountLinks.unique;

import jakarta.mail.internet.MimeMessage;
import java.net.URI;
import java.net.URL;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.mutualportal.core.testing.ShiftedClock;
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
    /** A second members' provider, so that an account may have two links. */
    private static final String OTHER = "other";
    static final OidcProvider OIDC = OidcProvider.start();

    private static final String PASSWORD = "Vacances-Ete2026";
    private static final String MISMATCH = "Ce numéro d'adhérent ne correspond pas à l'identité transmise par FranceConnect.";
    private static final AtomicInteger ADDRESSES = new AtomicInteger();

    @Deployment
    static WebArchive deployment() {
        return PortalDeployment.module()
                .withClasses(ShiftedClock.class, ClockProbe.class, TestMembers.class, TestMembers.Created.class,
                        AccountLinks.class)
                .withConfig(OIDC.portalConfig("franceconnect", FC))
                .withConfig(OIDC.portalConfig("autre", OTHER))
                .withConfig("portal.oidc.autre.verified-identity", "true")
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
    void anAccountWaitingForActivationIsLinkedButStaysWaitingForItsAddressToBeConfirmed() {
        Created hugo = members().individual("Fabre", "Hugo", LocalDate.of(1988, 8, 8));
        String login = unique("hugo");
        long accountId = members().account(hugo.memberId(), login, PASSWORD);
        members().execute("update web_account set status = 'PENDING_ACTIVATION' where id = ?", accountId);
        WebClient browser = client();

        Page linking = franceConnect(browser, "fc-" + System.nanoTime(), identity("Hugo", "FABRE", "1988-08-08", null));
        Page home = browser.follow(linking.form("prove").set("prove:number", hugo.membershipNumber()).submit("prove:submit"));

        assertThat(home.uri().getPath()).as("signed in through the provider meanwhile").endsWith("/home.xhtml");
        assertThat(members().text("select status from web_account where id = ?", accountId))
                .as("the provider proved the person, not the mailbox").isEqualTo("PENDING_ACTIVATION");
        assertThat(audits("ACCOUNT_ACTIVATED", accountId)).isZero();
        assertThat(audits("PROVIDER_LINKED", accountId)).isOne();
        assertThat(client().login(login, PASSWORD).text()).as("the password waits for the activation link")
                .contains("Identifiant ou mot de passe incorrect");
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
                .as("nobody confirmed the address yet").isEqualTo("PENDING_ACTIVATION " + email);
        assertThat(audits("PROVIDER_ACCOUNT_CREATED", accountId)).isOne();
        MimeMessage welcome = TestMailServer.awaitMessages(email, 1, Duration.ofSeconds(30)).get(0);
        assertThat(TestMailServer.subject(welcome)).isEqualTo("Bienvenue dans votre espace adhérent");
        assertThat(TestMailServer.text(welcome)).contains("/public/account/activate.xhtml?token=", "48 heures");
        String activation = token(TestMailServer.text(welcome));
        assertThat(client().login(email, PASSWORD).text()).as("no password to sign in with")
                .contains("Identifiant ou mot de passe incorrect");

        Page account = browser.get("account/index.xhtml");
        assertThat(account.html().select("[id='password-link']").text()).isEqualTo("Choisir");
        Page deletion = browser.get("account/delete.xhtml");
        assertThat(deletion.html().select("[id='delete:password']")).as("no password to ask: the recent sign-in stands for it")
                .isEmpty();
        assertThat(deletion.html().select("#provider-confirms").text()).contains("tient lieu de confirmation");
        assertThat(browser.get("account/login.xhtml").html().select("[id='login:password']")).isEmpty();
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
        assertThat(client().login(email, chosen).text()).as("not before the address is confirmed")
                .contains("Identifiant ou mot de passe incorrect");
        assertThat(client().get("public/account/activate.xhtml?token=" + activation).form("activate")
                .submit("activate:submit").text()).contains("Votre espace adhérent est activé");
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

    @Test
    @RunAsClient
    void aTakenAddressAtTheLoginStepCountsForTheSourceAndIsRefusedBeyondTheLimit() {
        Created zoe = members().individual("Garnier", "Zoé", LocalDate.of(1991, 4, 4));
        String taken = unique("pris");
        members().account(members().individual("Autre", "Titulaire", LocalDate.of(1951, 1, 1)).memberId(), taken, PASSWORD);
        WebClient browser = client();
        Page step = franceConnect(browser, "fc-" + System.nanoTime(), identity("Zoé", "Garnier", "1991-04-04", null))
                .form("prove").set("prove:number", zoe.membershipNumber()).submit("prove:submit");
        for (int i = 0; i < 3; i++) {
            step = step.form("create").set("create:login", taken).submit("create:submit");
            assertThat(fieldError(step, "create:login")).as("attempt %s", i).startsWith("Cette adresse ne peut pas être utilisée");
        }

        Page refused = step.form("create").set("create:login", unique("zoe")).submit("create:submit");

        assertThat(refused.status()).as("whether an address is a login cannot be tried by the thousand").isEqualTo(429);
        assertThat(refused.html().select(".ui-messages").text()).contains("Trop de tentatives depuis votre connexion internet");
        assertThat(members().count("select count(*) from web_account where member_id = ?", zoe.memberId())).isZero();
    }

    @Test
    @RunAsClient
    void theFirstPasswordAsksForARecentProviderSignInAndSigningInAgainComesBackToIt() {
        Passwordless lea = passwordless("Girard", "Léa", LocalDate.of(1990, 6, 6));
        WebClient browser = lea.browser();
        Page before = browser.get("account/password.xhtml");
        assertThat(before.html().select("form#password")).hasSize(1);
        String chosen = "Printemps#Calanque7";
        shiftClock(11);
        try {
            Page stale = browser.get("account/password.xhtml");
            assertThat(stale.html().select("form#password")).as("a session left open chooses no password").isEmpty();
            assertThat(stale.html().select("#sign-in-again").text()).contains("de moins de 10 minutes");
            String again = stale.html().select("#sign-in-again-link").attr("href");
            assertThat(again).contains("/oidc/franceconnect/start?").endsWith("next=%2Faccount%2Fpassword.xhtml");
            Page sentAnyway = before.form("password").set("password:newPassword", chosen)
                    .set("password:confirmation", chosen).submit("password:save");
            assertThat(sentAnyway.html().select(".ui-messages").text()).as("the form of before, sent late")
                    .contains("de moins de 10 minutes");
            assertThat(audits("PASSWORD_SET", lea.accountId())).isZero();
            assertThat(browser.get("account/delete.xhtml").html().select("form#delete")).isEmpty();
            assertThat(browser.get("account/login.xhtml").html().select("#sign-in-again-link").attr("href"))
                    .contains("/oidc/franceconnect/start?").endsWith("next=%2Faccount%2Flogin.xhtml");

            OIDC.nextSignIn(FC, lea.subject(), lea.claims());
            Page toProvider = browser.get(again);
            assertThat(toProvider.location()).as("the provider is asked to authenticate the person again")
                    .contains("prompt=login").contains("max_age=0");
            // The test provider would show its login form for those two; it answers at once without them.
            Page back = browser.follow(browser.get(toProvider.location().replaceAll("&(prompt|max_age)=[^&]*", "")));

            assertThat(back.uri().getPath()).endsWith("/account/password.xhtml");
            Page saved = browser.follow(back.form("password").set("password:newPassword", chosen)
                    .set("password:confirmation", chosen).submit("password:save"));
            assertThat(saved.uri().getPath()).endsWith("/account/index.xhtml");
            assertThat(audits("PASSWORD_SET", lea.accountId())).isOne();
        } finally {
            shiftClock(0);
        }
    }

    @Test
    @RunAsClient
    void withoutAPasswordARecentProviderSignInStandsForItToChangeTheLoginAndToDeleteTheAccount() {
        Passwordless tom = passwordless("Lambert", "Tom", LocalDate.of(1984, 4, 14));
        WebClient browser = tom.browser();
        String newLogin = unique("tom-nouveau");

        Page sent = browser.get("account/login.xhtml").form("login").set("login:newLogin", newLogin).submit("login:save");

        assertThat(sent.html().select("#sent").text()).contains(newLogin);
        assertThat(TestMailServer.awaitMessages(newLogin, 1, Duration.ofSeconds(30))).hasSize(1);
        assertThat(audits("LOGIN_CHANGE_REQUESTED", tom.accountId())).isOne();

        Page deleted = browser.follow(browser.get("account/delete.xhtml").form("delete").submit("delete:confirm"));

        assertThat(deleted.uri().getPath()).endsWith("/public/account/deleted.xhtml");
        assertThat(members().count("select count(*) from web_account where id = ?", tom.accountId())).isZero();
        assertThat(audits("ACCOUNT_DELETED", tom.accountId())).isOne();
    }

    @Test
    @RunAsClient
    void aLoginChangeConfirmedFromTheNewAddressActivatesAnAccountWaitingForItsActivation() {
        Passwordless zoe = passwordless("Perrin", "Zoé", LocalDate.of(1991, 10, 1));
        String activation = token(TestMailServer.text(TestMailServer.awaitMessages(zoe.email(), 1, Duration.ofSeconds(30)).get(0)));
        String newLogin = unique("zoe-nouveau");
        zoe.browser().get("account/login.xhtml").form("login").set("login:newLogin", newLogin).submit("login:save");
        String confirm = token(TestMailServer.text(TestMailServer.awaitMessages(newLogin, 1, Duration.ofSeconds(30)).get(0)));

        Page confirmed = client().get("public/account/confirm-login.xhtml?token=" + confirm).form("confirm")
                .submit("confirm:submit");

        assertThat(confirmed.text()).contains("Votre identifiant de connexion est modifié");
        assertThat(members().text("select status || ' ' || login from web_account where id = ?", zoe.accountId()))
                .as("the link proved the new login's mailbox").isEqualTo("ACTIVE " + newLogin);
        assertThat(audits("ACCOUNT_ACTIVATED", zoe.accountId())).isOne();
        assertThat(client().get("public/account/activate.xhtml?token=" + activation).html().select("#problem").text())
                .as("the activation link sent to the old login").contains("déjà été utilisé");
    }

    @Test
    @RunAsClient
    void withoutAPasswordTheCoordinatesAskNoneAndAnEmailChangeWantsARecentProviderSignInButThePhonesDoNot() {
        Passwordless paul = passwordless("Garnier", "Paul", LocalDate.of(1986, 12, 24));
        WebClient browser = paul.browser();
        Page recent = browser.get("account/coordinates.xhtml");
        assertThat(recent.html().select("[id='contact:password']")).as("no password to ask").isEmpty();
        assertThat(recent.html().select("#provider-confirms").text()).contains("tient lieu de confirmation");
        String newEmail = unique("paul-contact");
        Page sent = browser.follow(recent.form("contact").set("contact:email", newEmail).submit("contact:save"));
        assertThat(sent.text()).contains("Un e-mail de confirmation a été envoyé à " + newEmail);
        shiftClock(11);
        try {
            Page stale = browser.get("account/coordinates.xhtml");

            assertThat(stale.html().select("#sign-in-again").text()).contains("changer d'adresse e-mail",
                    "de moins de 10 minutes", "Vos numéros de téléphone se modifient sans cela");
            assertThat(stale.html().select("#sign-in-again-link").attr("href")).contains("/oidc/franceconnect/start?")
                    .endsWith("next=%2Faccount%2Fcoordinates.xhtml");
            assertThat(stale.html().select("[id='contact:password']")).isEmpty();
            Page refused = stale.form("contact").set("contact:email", unique("paul-autre")).submit("contact:save");
            assertThat(refused.html().select(".ui-messages").text()).as("a session left open changes no address")
                    .contains("de moins de 10 minutes");
            assertThat(audits("EMAIL_CHANGE_REQUESTED", paul.accountId())).isOne();
            Page phones = browser.follow(stale.form("contact").set("contact:mobile", "06 11 22 33 44").submit("contact:save"));
            assertThat(phones.uri().getPath()).endsWith("/account/index.xhtml");
            assertThat(members().text("select mobile_phone from member where id = ?", paul.member().memberId()))
                    .isEqualTo("0611223344");
        } finally {
            shiftClock(0);
        }
    }

    @Test
    @RunAsClient
    void twoMembersChoosingTheSameLoginAtOnceEndWithOneAccountAndTheOtherAskedForAnotherAddress() {
        Created first = members().individual("Blanc", "Léo", LocalDate.of(1995, 3, 3));
        Created second = members().individual("Noir", "Léon", LocalDate.of(1996, 4, 4));
        String email = unique("leo");
        WebClient one = client();
        Page firstStep = franceConnect(one, "fc-" + System.nanoTime(), identity("Léo", "Blanc", "1995-03-03", email))
                .form("prove").set("prove:number", first.membershipNumber()).submit("prove:submit");
        WebClient two = client();
        Page secondStep = franceConnect(two, "fc-" + System.nanoTime(), identity("Léon", "Noir", "1996-04-04", email))
                .form("prove").set("prove:number", second.membershipNumber()).submit("prove:submit");

        List<Page> answers = atOnce(() -> firstStep.form("create").submit("create:submit"),
                () -> secondStep.form("create").submit("create:submit"));

        assertThat(answers).extracting(Page::status).containsExactlyInAnyOrder(302, 200);
        assertThat(answers).filteredOn(answer -> answer.status() == 200).singleElement()
                .satisfies(answer -> assertThat(fieldError(answer, "create:login"))
                        .isEqualTo("Cette adresse ne peut pas être utilisée comme identifiant : choisissez-en une autre."));
        assertThat(members().count("select count(*) from web_account where login = ?", email)).isOne();
    }

    @Test
    @RunAsClient
    void aForgottenPasswordSendsNoResetLinkToAnAccountWithoutOne() {
        Passwordless ines = passwordless("Roche", "Inès", LocalDate.of(1979, 11, 3));

        Page waiting = forgotten(ines.email());
        assertThat(waiting.text()).contains("Si un espace adhérent correspond à cette adresse");
        MimeMessage activationAgain = TestMailServer.awaitMessages(ines.email(), 2, Duration.ofSeconds(30)).get(1);
        assertThat(TestMailServer.subject(activationAgain)).as("waiting: the activation link, which proves the address")
                .isEqualTo("Activez votre espace adhérent");
        assertThat(client().get("public/account/activate.xhtml?token=" + token(TestMailServer.text(activationAgain))).form("activate")
                .submit("activate:submit").text()).contains("Votre espace adhérent est activé");

        Page active = forgotten(ines.email());

        assertThat(active.text()).as("the same answer").contains("Si un espace adhérent correspond à cette adresse");
        MimeMessage told = TestMailServer.awaitMessages(ines.email(), 3, Duration.ofSeconds(30)).get(2);
        assertThat(TestMailServer.subject(told)).isEqualTo("Votre espace adhérent n'a pas de mot de passe");
        assertThat(TestMailServer.text(told)).contains("vous vous y connectez avec FranceConnect", "/account/password.xhtml")
                .doesNotContain("token=");
        assertThat(audits("PASSWORD_RESET_NO_PASSWORD", ines.accountId())).isOne();
        assertThat(audits("PASSWORD_RESET_REQUESTED", ines.accountId())).isZero();
    }

    @Test
    @RunAsClient
    void anIdentityLinkedToAnotherAccountSinceItsCardCheckIsRefusedInFrench() {
        // Two members of the same name and birth date: the second browser's card check is as right as the first's.
        Created first = members().individual("Moreau", "Eva", LocalDate.of(1982, 2, 22));
        Created namesake = members().individual("Moreau", "Eva", LocalDate.of(1982, 2, 22));
        members().account(first.memberId(), unique("eva"), PASSWORD);
        long namesakeAccount = members().account(namesake.memberId(), unique("eva-homonyme"), PASSWORD);
        String subject = "fc-" + System.nanoTime();
        Map<String, Object> claims = identity("Eva", "Moreau", "1982-02-22", null);
        WebClient later = client();
        Page waiting = franceConnect(later, subject, claims);
        WebClient sooner = client();
        Page home = sooner.follow(franceConnect(sooner, subject, claims).form("prove")
                .set("prove:number", first.membershipNumber()).submit("prove:submit"));
        assertThat(home.uri().getPath()).endsWith("/home.xhtml");

        Page refused = waiting.form("prove").set("prove:number", namesake.membershipNumber()).submit("prove:submit");

        assertThat(refused.status()).isEqualTo(200);
        assertThat(refused.html().select(".ui-messages").text())
                .contains("Cette identification FranceConnect vient d'être utilisée depuis une autre fenêtre");
        assertThat(audits("PROVIDER_LINKED", namesakeAccount)).isZero();
    }

    @Test
    @RunAsClient
    void twoTabsCreatingTheAccountAtOnceEndWithOneAccountAndNoErrorPage() {
        Created noa = members().individual("Faure", "Noa", LocalDate.of(2001, 1, 21));
        String email = unique("noa");
        WebClient browser = client();
        Page firstTab = franceConnect(browser, "fc-" + System.nanoTime(), identity("Noa", "Faure", "2001-01-21", email))
                .form("prove").set("prove:number", noa.membershipNumber()).submit("prove:submit");
        Page secondTab = browser.get("public/account/link-identity.xhtml");

        List<Page> answers = atOnce(() -> firstTab.form("create").submit("create:submit"),
                () -> secondTab.form("create").submit("create:submit"));

        // The second tab, once the first's account exists, is linked to it, told its sign-in was just used, or — when
        // it reached the insert before the first committed — asked for another address: each a page of the form.
        assertThat(answers).allSatisfy(answer -> assertThat(answer.status() == 302
                || answer.html().select(".ui-messages").text().contains("vient d'être utilisée")
                || answer.html().text().contains("ne peut pas être utilisée comme identifiant"))
                .as("linked, or told in French: %s %s", answer.status(), answer.html().text())
                .isTrue());
        assertThat(answers).as("one of the two tabs creates it").anyMatch(answer -> answer.status() == 302);
        assertThat(members().count("select count(*) from web_account where member_id = ?", noa.memberId())).isOne();
        assertThat(members().count("select count(*) from external_identity e join web_account a on a.id = e.account_id"
                + " where a.member_id = ?", noa.memberId())).isOne();
    }

    @Test
    @RunAsClient
    void twoRemovalsAtOnceLeaveAnAccountWithoutAPasswordOneWayIn() {
        Passwordless ana = passwordless("Robin", "Ana", LocalDate.of(1977, 7, 7));
        WebClient other = client();
        OIDC.nextSignIn(OTHER, "other-" + System.nanoTime(), ana.claims());
        Page linking = other.follow(other.get("oidc/autre/start"));
        Page home = other.follow(linking.form("prove").set("prove:number", ana.member().membershipNumber()).submit("prove:submit"));
        assertThat(home.uri().getPath()).endsWith("/home.xhtml");
        Page account = ana.browser().get("account/index.xhtml");
        assertThat(account.html().select("#links .link-row")).hasSize(2);

        List<Page> answers = atOnce(() -> account.form("rows:0:unlink").submit("rows:0:unlink:remove"),
                () -> account.form("rows:1:unlink").submit("rows:1:unlink:remove"));

        assertThat(members().count("select count(*) from external_identity where account_id = ?", ana.accountId()))
                .as("the last way in stays").isOne();
        assertThat(answers).extracting(Page::status).containsExactlyInAnyOrder(302, 200);
        assertThat(answers).filteredOn(answer -> answer.status() == 200).singleElement()
                .satisfies(answer -> assertThat(answer.html().select(".ui-messages").text()).contains("Vous n'avez pas de mot de passe"));
        assertThat(audits("PROVIDER_UNLINKED", ana.accountId())).isOne();
    }

    // --- helpers --------------------------------------------------------------------------------------------

    /** A member whose account was just created through FranceConnect, without a password, signed in in {@code browser}. */
    private record Passwordless(WebClient browser, Created member, String email, String subject, Map<String, Object> claims,
            long accountId) {
    }

    private Passwordless passwordless(String lastName, String firstName, LocalDate birthDate) {
        Created member = members().individual(lastName, firstName, birthDate);
        String email = unique(lastName.toLowerCase());
        String subject = "fc-" + System.nanoTime();
        Map<String, Object> claims = identity(firstName, lastName, birthDate.toString(), email);
        WebClient browser = client();
        Page step = franceConnect(browser, subject, claims).form("prove").set("prove:number", member.membershipNumber())
                .submit("prove:submit");
        Page home = browser.follow(step.form("create").set("create:login", email).submit("create:submit"));
        assertThat(home.uri().getPath()).endsWith("/home.xhtml");
        return new Passwordless(browser, member, email, subject, claims,
                members().count("select id from web_account where member_id = ?", member.memberId()));
    }

    /** Sends the requests from threads released together, and waits for every answer. */
    @SafeVarargs
    private static List<Page> atOnce(Supplier<Page>... requests) {
        List<Page> answers = Collections.synchronizedList(new ArrayList<>());
        CountDownLatch start = new CountDownLatch(1);
        List<Thread> threads = new ArrayList<>();
        for (Supplier<Page> request : requests) {
            Thread thread = new Thread(() -> {
                try {
                    start.await();
                    answers.add(request.get());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            });
            thread.start();
            threads.add(thread);
        }
        start.countDown();
        for (Thread thread : threads) {
            try {
                thread.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        assertThat(answers).as("every request answered").hasSize(requests.length);
        return answers;
    }

    /** Moves the portal's clock, in its own process ({@link ClockProbe}). */
    private void shiftClock(int minutes) {
        assertThat(client().get("public/test-clock?minutes=" + minutes).body()).isEqualTo("shifted");
    }

    private Page forgotten(String login) {
        return client().get("public/account/forgotten-password.xhtml").form("forgotten")
                .set("forgotten:login", login).submit("forgotten:submit");
    }


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
        // 198.19.x: SourceAttemptsIT's addresses are 198.18.40–41.x, and the counts stay in the database between classes.
        return new WebClient(URI.create(base.toString())).withHeader("X-Forwarded-For", "198.19." + (n % 250) + ".7");
    }

    private static long audits(String action, long accountId) {
        return members().count("select count(*) from audit_event where action = ? and target = ?", action,
                "account:" + accountId);
    }

    private static TestMembers members() {
        return TestMembers.in(EmbeddedDatabase.dataSource());
    }
}
