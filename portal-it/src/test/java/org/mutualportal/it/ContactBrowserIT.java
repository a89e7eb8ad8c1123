package org.mutualportal.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mutualportal.testing.Browser;
import org.mutualportal.testing.PortalServer;
import org.mutualportal.testing.WebClient;
import org.mutualportal.testing.WebClient.Page;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

/**
 * The demo member writes to the mutual in a real browser, an adviser answers from the staff inbox (signing in
 * with the code mailed for a new device), and the member reads the answer in Suivi — where a change made
 * through another module (her address, the account module) is listed too.
 */
@ExtendWith(PortalServer.class)
class ContactBrowserIT {

    @Test
    void aMessageWrittenInTheBrowserIsAnsweredByStaffAndTheAnswerShowsInSuivi() {
        String marker = "Question " + UUID.randomUUID().toString().substring(0, 8);
        WebClient member = PortalServer.client();
        member.login("marie.leroy@example.fr", "Adherent#2026");
        Page address = member.follow(member.get("account/address.xhtml").form("address")
                .set("address:line1", "14 rue Paradis").set("address:postcode", "13001").set("address:city", "Marseille")
                .submit("address:save"));
        assertThat(address.status()).isEqualTo(200);

        try (Browser browser = Browser.open()) {
            browser.signIn(PortalServer.base(), "marie.leroy@example.fr", "Adherent#2026");
            browser.find("#toolbar-FOLLOW_UP summary").click();
            browser.find("#toolbar-FOLLOW_UP a[href$='/contact/write.xhtml']").click();
            new Select(browser.find("select[id='write:subject']")).selectByVisibleText("Mon contrat");
            browser.type("textarea[id='write:message']", marker + " : ma fille part étudier à Lyon, reste-t-elle couverte ?");
            browser.find("input[id='write:submit']").click();
            assertThat(browser.waitForText("Votre message a bien été envoyé")).contains(marker);
            long requestId = Long.parseLong(browser.driver().getCurrentUrl().replaceAll(".*[?&]id=(\\d+).*", "$1"));

            WebClient staff = PortalServer.client();
            staff.login("conseiller@mutuelle.example", "Conseiller#2026");
            assertThat(staff.get("contact/staff/inbox.xhtml").text()).contains("Mon contrat");
            Page opened = staff.get("contact/staff/request.xhtml?id=" + requestId);
            assertThat(opened.text()).contains(marker, "Marie LEROY");
            Page taken = staff.follow(opened.form("staff").submit("staff:take"));
            Page answered = staff.follow(taken.form("staff")
                    .set("staff:answer", "Oui : jusqu'à 28 ans si elle poursuit ses études. Envoyez-nous son certificat de scolarité.")
                    .submit("staff:reply"));
            assertThat(answered.html().select("#status").text()).isEqualTo("Traitée");

            browser.find("#toolbar-FOLLOW_UP summary").click();
            browser.find("#toolbar-FOLLOW_UP a[href$='/contact/history.xhtml']").click();
            browser.waitFor("#list\\:requests_data");
            String history = browser.find("#list\\:requests_data").getText();
            assertThat(history).contains("Message à la mutuelle", "Mon contrat", "Traitée", "Changement d'adresse");
            browser.driver().findElement(By.cssSelector("#list\\:requests_data a[href*='id=" + requestId + "']")).click();
            browser.waitFor("#answer");
            assertThat(browser.find("#answer").getText()).startsWith("Oui : jusqu'à 28 ans");
            browser.screenshot("contact-answered");
        }
    }
}
