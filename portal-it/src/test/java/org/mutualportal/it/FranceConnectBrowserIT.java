package org.mutualportal.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mutualportal.testing.Browser;
import org.mutualportal.testing.PortalServer;
import org.mutualportal.testing.TestMailServer;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * "S'identifier avec FranceConnect" and "Espace collaborateurs" in a real browser, against the demo launcher's own
 * OpenID Connect provider (README, "Demo logins"): the whole authorization code flow, the linking of a FranceConnect
 * identity to a member card, an account created without a password, the sign-out at the provider, and a
 * collaborator's first single sign-on — with and without JavaScript.
 */
@ExtendWith(PortalServer.class)
class FranceConnectBrowserIT {

    @Test
    void aMemberWithoutAnAccountCreatesHerSpaceThroughFranceConnectAndSignsOutOfBoth() {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        String number = "8" + String.format("%08d", Math.floorMod(System.nanoTime(), 100_000_000L));
        String email = "fc-" + suffix + "@example.fr";
        ManagedMembers.importMember(PortalServer.base(), "IT-FC", suffix, number, "Fcdemo", "Inès", "1991-04-23", email);
        String subject = "fc-it-" + suffix;
        String claims = """
                {"given_name":"Inès Marie","family_name":"Fcdemo","birthdate":"1991-04-23","gender":"female",\
                "birthplace":"13055","birthcountry":"99100","email":"%s"}""".formatted(email);

        try (Browser browser = Browser.open()) {
            startFranceConnect(browser);
            chooseIdentity(browser, subject, claims);

            browser.waitFor("form#prove");
            assertThat(browser.find("#identified").getText()).contains("Inès Marie", "Fcdemo", "23/04/1991");
            // Another member's number: the same answer as a number that does not exist.
            String mismatch = prove(browser, "100234");
            assertThat(mismatch).contains("ne correspond pas à l'identité transmise par FranceConnect");
            assertThat(prove(browser, "999999999")).isEqualTo(mismatch);

            browser.type("input[id='prove:number']", number);
            browser.find("[id='prove:submit']").click();
            browser.waitFor("form#create");
            assertThat(browser.find("input[id='create:login']").getAttribute("value"))
                    .as("pre-filled with the address FranceConnect gave").isEqualTo(email);
            browser.find("[id='create:submit']").click();
            assertThat(browser.waitFor(".member-card").getText()).contains("Inès FCDEMO");

            browser.find("[id='header:logout']").click();
            // The portal's session ends, then FranceConnect's (its end-session endpoint), then the portal says so.
            new WebDriverWait(browser.driver(), Duration.ofSeconds(20)).until(ExpectedConditions.urlContains("/logged-out"));
            assertThat(browser.text()).contains("FranceConnect").doesNotContain("Une erreur est survenue");
            browser.go(PortalServer.base().resolve("home.xhtml"));
            browser.waitFor("form#login");

            // Linked: the next FranceConnect sign-in goes straight to the dashboard.
            startFranceConnect(browser);
            chooseIdentity(browser, subject, claims);
            assertThat(browser.waitFor(".member-card").getText()).contains("Inès FCDEMO");
        }
    }

    @Test
    void theDemoIdentityOfAMemberWithAnAccountIsLinkedWithoutJavaScript() {
        try (Browser browser = Browser.openWithoutJavaScript()) {
            startFranceConnect(browser);
            // The demo provider's page lists every demo identity when no script chooses the issuer's.
            browser.driver().findElement(By.xpath("//button[contains(., 'Marie Anne Leroy')]")).click();
            // Each test portal starts from fresh demo data: her FranceConnect identity is linked to nothing yet.
            browser.waitFor("form#prove");
            int mailsBefore = TestMailServer.messagesTo("marie.leroy@example.fr").size();
            browser.type("input[id='prove:number']", "100234");
            browser.find("[id='prove:submit']").click();
            assertThat(browser.waitFor(".member-card").getText()).contains("Marie LEROY");
            await("the e-mail telling Marie her space is linked").atMost(Duration.ofSeconds(30)).until(() ->
                    TestMailServer.messagesTo("marie.leroy@example.fr").stream().skip(mailsBefore)
                            .map(TestMailServer::text).anyMatch(text -> text.contains("FranceConnect est désormais lié à votre espace adhérent")));
        }
    }

    @Test
    void aNewCollaboratorSignsInThroughTheCompanyAccount() {
        try (Browser browser = Browser.open()) {
            browser.go(PortalServer.base().resolve("login.xhtml"));
            clickLinkTo(browser, "oidc/entreprise/start");
            String login = "recrue-" + UUID.randomUUID().toString().substring(0, 8) + "@mutuelle.example";
            chooseIdentity(browser, "sso-" + login, """
                    {"email":"%s","given_name":"Noa","family_name":"Recrue","groups":["portal-staff"]}""".formatted(login));
            new WebDriverWait(browser.driver(), Duration.ofSeconds(20)).until(ExpectedConditions.urlContains("/staff/"));
            assertThat(browser.text()).doesNotContain("Une erreur est survenue");
        }
    }

    /** Submits a member number on the linking page and returns the page's answer once the new page is there. */
    private static String prove(Browser browser, String number) {
        WebElement before = browser.find("[id='prove:submit']");
        browser.type("input[id='prove:number']", number);
        before.click();
        new WebDriverWait(browser.driver(), Duration.ofSeconds(20)).until(ExpectedConditions.stalenessOf(before));
        return browser.find(".ui-messages-error").getText();
    }

    private static void startFranceConnect(Browser browser) {
        browser.go(PortalServer.base().resolve("login.xhtml"));
        assertThat(browser.text()).contains("Qu'est-ce que FranceConnect ?");
        clickLinkTo(browser, "oidc/franceconnect/start");
    }

    /** The provider's button is a link or a form's button, whichever the page chose: both work without a script. */
    private static void clickLinkTo(Browser browser, String path) {
        WebElement button = browser.driver().findElements(By.cssSelector("a[href*='" + path + "']")).stream().findFirst()
                .orElseGet(() -> browser.find("form[action*='" + path + "'] button"));
        button.click();
        new WebDriverWait(browser.driver(), Duration.ofSeconds(20))
                .until(driver -> driver.getCurrentUrl().contains("/authorize"));
    }

    /**
     * On the demo provider's page, signs in as a person of the test's own: the first demo form, its subject and
     * claims replaced — what the provider's page posts is a plain form.
     */
    private static void chooseIdentity(Browser browser, String subject, String claims) {
        WebElement form = browser.find("section:not([hidden]) form");
        ((JavascriptExecutor) browser.driver()).executeScript(
                "arguments[0].username.value = arguments[1]; arguments[0].claims.value = arguments[2]; arguments[0].submit();",
                form, subject, claims);
        new WebDriverWait(browser.driver(), Duration.ofSeconds(20))
                .until(driver -> driver.getCurrentUrl().startsWith(PortalServer.base().toString()));
    }
}
