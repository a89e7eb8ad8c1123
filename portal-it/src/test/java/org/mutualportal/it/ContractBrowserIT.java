package org.mutualportal.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mutualportal.testing.Browser;
import org.mutualportal.testing.PortalServer;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

/** The demo member enrols her newborn from "Mon contrat" in a real browser and finds the request in Suivi. */
@ExtendWith(PortalServer.class)
class ContractBrowserIT {

    @Test
    void aBeneficiaryEnrolledFromMonContratShowsInSuivi() {
        // A name of its own at each run, so the request is found even in a database kept from earlier runs.
        String firstName = "Lou" + (char) ('a' + new Random().nextInt(26)) + (char) ('a' + new Random().nextInt(26));
        LocalDate today = LocalDate.now(ZoneId.of("Europe/Paris"));
        String born = today.minusDays(10).format(DateTimeFormatter.ofPattern("dd/MM/yyyy"));
        try (Browser browser = Browser.open()) {
            browser.signIn(PortalServer.base(), "marie.leroy@example.fr", "Adherent#2026");
            assertThat(browser.find("#contract-widget").getText()).contains("IND-2019-004512", "OUVERT");

            browser.find("#toolbar-CONTRACT summary").click();
            browser.find("#toolbar-CONTRACT a[href$='/contract/index.xhtml']").click();
            browser.waitFor("#beneficiaries");
            assertThat(browser.driver().findElements(By.cssSelector("#beneficiaries tbody tr"))).hasSize(4);
            browser.find("a[id$='enrol']").click();
            browser.waitFor("form[id='enrol']");

            fillEnrolment(browser, firstName, born);
            assertThat(browser.driver().findElement(By.cssSelector("input[id='enrol:nir']")).isDisplayed()).as("no NIR of his own to type").isFalse();
            browser.screenshot("contract-enrol");
            browser.find("input[id='enrol:submit']").click();

            browser.waitForText("Votre demande d'inscription a bien été envoyée");
            browser.waitFor("#open-requests");
            browser.find("#toolbar-FOLLOW_UP summary").click();
            browser.find("#toolbar-FOLLOW_UP a[href$='/contact/history.xhtml']").click();
            browser.waitFor("#list\\:requests_data");
            assertThat(browser.find("#list\\:requests_data").getText())
                    .contains("Inscription d'un bénéficiaire", "Inscription de " + firstName + " LEROY (Enfant) à compter du " + born,
                            "Envoyée");
            browser.screenshot("contract-suivi");
        }
    }

    /** Fills the enrolment form of a child of the demo member born (and covered) on {@code born}, on her NIR. */
    static void fillEnrolment(Browser browser, String firstName, String born) {
        new Select(browser.find("select[id='enrol:relationship']")).selectByVisibleText("Enfant");
        browser.type("input[id='enrol:lastName']", "Leroy");
        browser.type("input[id='enrol:firstName']", firstName);
        browser.type("input[id='enrol:birthDate']", born);
        browser.find("input[name='enrol:attachment'][value='MEMBER']").click();
        browser.find("input[id='enrol:startDate']").clear();
        browser.type("input[id='enrol:startDate']", born);
    }
}
