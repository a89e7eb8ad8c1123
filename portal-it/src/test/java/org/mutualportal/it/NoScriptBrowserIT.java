package org.mutualportal.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mutualportal.testing.Browser;
import org.mutualportal.testing.PortalServer;
import org.mutualportal.testing.TestMailServer;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The member journeys in a real browser with JavaScript switched off — a password manager's submit, an old phone,
 * a text browser: the forms are plain HTML forms first, and the portal's script policy (PrimeFaces' CSP nonces)
 * must not turn them into the error page. A member the management system has just sent creates her space, activates
 * it, gets her password wrong then right (confirming with the e-mailed code), writes to the mutual, forgets her password and chooses a new one; the demo
 * member searches her payments.
 */
@ExtendWith(PortalServer.class)
class NoScriptBrowserIT {

    private static final String PASSWORD = "Garrigue#Nord2026";
    private static final String NEW_PASSWORD = "Vieux-Port#2027";

    @Test
    void registrationSignInWritingAndPasswordResetWorkWithoutJavaScript() {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        String number = "9" + String.format("%08d", Math.floorMod(System.nanoTime(), 100_000_000L));
        String login = "noscript-" + suffix + "@example.fr";
        ManagedMembers.importMember(PortalServer.base(), "IT-NOJS", suffix, number, "Noscript", "Léa", "1980-05-17", login);

        try (Browser browser = Browser.openWithoutJavaScript()) {
            browser.go(PortalServer.base().resolve("public/account/register.xhtml"));
            assertThat(((JavascriptExecutor) browser.driver()).executeScript("return typeof window.PrimeFaces"))
                    .as("the page's scripts did not run").isEqualTo("undefined");
            assertThat(browser.driver().findElement(By.cssSelector("form[id='register'] input[name='primefaces.nonce']"))
                    .getAttribute("value")).as("the form carries the CSP nonce itself").isNotBlank();
            fillRegistration(browser, number, "31/02/1985", login);
            browser.find("button[id='register:submit']").click();
            assertThat(browser.find(".field:has([id='register:birthDate']) .ui-message-error").getText())
                    .as("a French message next to the field").isNotBlank();
            assertThat(browser.text()).doesNotContain("Une erreur est survenue");

            fillRegistration(browser, number, "17/05/1980", login);
            browser.find("button[id='register:submit']").click();
            assertThat(browser.find("#sent").getText()).contains("vous allez recevoir un e-mail");

            browser.go(PortalServer.base().resolve(link(login, "public/account/activate\\.xhtml\\?token=[A-Za-z0-9_-]+")));
            browser.find("button[id='activate:submit']").click();
            assertThat(browser.find("#activated").getText()).contains("Votre espace adhérent est activé");

            signIn(browser, login, "Pas-le-bon#2026");
            assertThat(browser.waitForText("Identifiant ou mot de passe incorrect")).contains("Identifiant ou mot de passe incorrect").doesNotContain("Une erreur est survenue");
            int mailsBefore = TestMailServer.messagesTo(login).size();
            signIn(browser, login, PASSWORD);
            // A right password after a failure, from a browser new to the account: the e-mailed code confirms it.
            confirmWithCode(browser, login, mailsBefore);
            assertThat(browser.find(".member-card").getText()).contains("Léa NOSCRIPT");

            browser.go(PortalServer.base().resolve("contact/write.xhtml"));
            new Select(browser.find("select[id='write:subject']")).selectByVisibleText("Mon contrat");
            browser.type("textarea[id='write:message']", "Sans JavaScript " + suffix + " : ma carte est-elle à jour ?");
            browser.find("input[id='write:submit']").click();
            browser.waitForText("Sans JavaScript " + suffix);
            assertThat(browser.driver().getCurrentUrl()).contains("contact/request.xhtml?id=");

            browser.driver().manage().deleteAllCookies();
            browser.go(PortalServer.base().resolve("public/account/forgotten-password.xhtml"));
            browser.type("input[id='forgotten:login']", login);
            browser.find("button[id='forgotten:submit']").click();
            assertThat(browser.find("#done").getText()).contains("Si un espace adhérent correspond à cette adresse");
            browser.go(PortalServer.base().resolve(link(login, "public/account/reset-password\\.xhtml\\?token=[A-Za-z0-9_-]+")));
            browser.type("input[id='reset:password']", NEW_PASSWORD);
            browser.type("input[id='reset:confirmation']", NEW_PASSWORD);
            browser.find("button[id='reset:submit']").click();
            assertThat(browser.find("#done").getText()).contains("Votre mot de passe est modifié");
            mailsBefore = TestMailServer.messagesTo(login).size();
            signIn(browser, login, NEW_PASSWORD);
            // The cookies were deleted: a new browser again, with the failure of the day still recent.
            confirmWithCode(browser, login, mailsBefore);
            assertThat(browser.find(".member-card").getText()).contains("Léa NOSCRIPT");
        }
    }

    @Test
    void theDemoMemberSearchesHerPaymentsWithoutJavaScript() {
        try (Browser browser = Browser.openWithoutJavaScript()) {
            signIn(browser, "marie.leroy@example.fr", "Adherent#2026");
            browser.waitFor(".dashboard");
            browser.go(PortalServer.base().resolve("reimbursements/search.xhtml"));
            new Select(browser.find("select[id='criteria:period']")).selectByValue("24");
            browser.find("button[id='criteria:submit']").click();
            // The search page shows a title before the search too: wait for the answer's address, not for a title.
            new WebDriverWait(browser.driver(), Duration.ofSeconds(15)).until(ExpectedConditions.urlContains("period=24"));
            browser.waitFor("#results-title");
            assertThat(browser.driver().findElements(By.cssSelector("[id='results:payments_data'] tr[data-ri]")))
                    .as("payments of the last 24 months").isNotEmpty();
            assertThat(browser.text()).doesNotContain("Une erreur est survenue");
        }
    }

    private static void fillRegistration(Browser browser, String number, String birthDate, String login) {
        browser.type("input[id='register:number']", number);
        browser.type("input[id='register:lastName']", "NOSCRIPT");
        browser.type("input[id='register:firstName']", "léa");
        browser.type("input[id='register:birthDate']", birthDate);
        browser.type("input[id='register:login']", login);
        browser.type("input[id='register:password']", PASSWORD);
        browser.type("input[id='register:confirmation']", PASSWORD);
    }

    private static void signIn(Browser browser, String login, String password) {
        browser.go(PortalServer.base().resolve("login.xhtml"));
        browser.type("input[id='login:identifier']", login);
        browser.type("input[id='login:password']", password);
        browser.find("button[id='login:submit']").click();
    }

    private static void confirmWithCode(Browser browser, String login, int mailsBefore) {
        browser.waitFor("form#verify");
        browser.type("input[id='verify:code']", TestMailServer.awaitSignInCode(login, mailsBefore, Duration.ofSeconds(30)));
        browser.find("[id='verify:submit']").click();
    }

    /** The link a mail to the address carries, as a path relative to the portal, once that mail has arrived. */
    private static String link(String address, String pattern) {
        Pattern link = Pattern.compile(pattern);
        return await().atMost(Duration.ofSeconds(30)).until(() -> TestMailServer.messagesTo(address).stream()
                .map(TestMailServer::text).map(link::matcher).filter(Matcher::find).map(Matcher::group).findFirst(),
                Optional::isPresent).orElseThrow();
    }
}
