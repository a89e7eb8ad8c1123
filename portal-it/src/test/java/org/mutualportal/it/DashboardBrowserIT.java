package org.mutualportal.it;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mutualportal.testing.Browser;
import org.mutualportal.testing.PortalServer;
import org.openqa.selenium.By;

/** A demo member signs in with a real browser and finds the dashboard of the mutual's guide. */
@ExtendWith(PortalServer.class)
class DashboardBrowserIT {

    @Test
    void aMemberSignsInAndSeesTheDashboardWithItsFourSections() {
        try (Browser browser = Browser.open()) {
            browser.go(PortalServer.base());
            browser.find("#member-access").click();
            browser.type("input[id='login:identifier']", "marie.leroy@example.fr");
            browser.type("input[id='login:password']", "Adherent#2026");
            browser.find("button[id='login:submit']").click();
            browser.waitFor(".dashboard");

            assertThat(browser.driver().findElements(By.cssSelector(".toolbar-section")))
                    .extracting(e -> e.getText().strip())
                    .containsExactly("Contrat", "Santé", "Documents", "Suivi");
            assertThat(browser.find(".member-card").getText()).contains("Marie LEROY", "marie.leroy@example.fr");
            assertThat(browser.text()).contains("Ma situation change", "100234 - Labellisée Confort");
            assertThat(browser.find("[id='header:logout']").getAttribute("value")).isEqualTo("Déconnexion");
            browser.screenshot("dashboard");
        }
    }
}
