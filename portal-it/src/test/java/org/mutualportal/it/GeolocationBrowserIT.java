package org.mutualportal.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mutualportal.testing.Browser;
import org.mutualportal.testing.PortalServer;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chromium.ChromiumDriver;
import org.openqa.selenium.support.ui.Select;

/**
 * A demo member standing at the Vieux-Port (position faked with Chrome DevTools) finds the general
 * practitioners around them from the dashboard's "Mes outils" card: the demo directory, nearest first.
 */
@ExtendWith(PortalServer.class)
class GeolocationBrowserIT {

    @Test
    void aMemberFindsGeneralPractitionersAroundTheirPosition() {
        try (Browser browser = Browser.open()) {
            browser.signIn(PortalServer.base(), "marie.leroy@example.fr", "Adherent#2026");
            assertThat(browser.find(".tools-widget").getText())
                    .contains("Mes outils", "Des services santé utiles au quotidien", "Trouver un professionnel de santé");
            browser.find("#find-professional").click();
            browser.waitFor("#geo-search");

            ChromiumDriver driver = (ChromiumDriver) browser.driver();
            String origin = PortalServer.base().toString().replaceAll("/$", "");
            driver.executeCdpCommand("Browser.grantPermissions", Map.of("origin", origin, "permissions", List.of("geolocation")));
            driver.executeCdpCommand("Emulation.setGeolocationOverride",
                    Map.of("latitude", 43.2951, "longitude", 5.3752, "accuracy", 30));
            new Select(browser.find("#category")).selectByValue("GENERAL_PRACTITIONER");
            new Select(browser.find("#radius")).selectByValue("1");
            browser.find("#around-position").click();
            browser.find("#geo-submit").click();
            browser.waitFor("#results > li");
            browser.settle();

            assertThat(browser.find("#results-title").getText())
                    .matches("\\d+ professionnels trouvés à moins de 1 km de votre position");
            List<WebElement> items = driver.findElements(By.cssSelector("#results > li"));
            assertThat(items).hasSize(10);
            assertThat(items.get(0).getText()).contains("Médecin généraliste", "Marseille");
            List<Double> meters = items.stream()
                    .map(li -> meters(li.findElement(By.className("geo-distance")).getText())).toList();
            assertThat(meters).isSorted().allSatisfy(m -> assertThat(m).isLessThanOrEqualTo(1_000.0));
            assertThat(browser.find("#page-next").getAttribute("href")).contains("page=2", "around=position");
            browser.screenshot("geolocation");
        }
    }

    /** "à 350 m" → 350, "à 1 km" → 1000. */
    private static double meters(String distance) {
        String number = distance.replaceAll("[^0-9,]", "").replace(',', '.');
        return distance.contains("km") ? Double.parseDouble(number) * 1000 : Double.parseDouble(number);
    }
}
