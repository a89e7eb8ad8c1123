package org.mutualportal.geolocation.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.mutualportal.testing.Browser;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chromium.ChromiumDriver;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * "Ma position" in headless Chromium: the position is faked with the DevTools protocol
 * ({@code Emulation.setGeolocationOverride}) and the permission granted, then refused
 * ({@code Browser.setPermission}). Runs in the test JVM only (Selenium is not in the test WAR).
 */
final class PositionInBrowser {

    private PositionInBrowser() {
    }

    static void searchAroundAndGetRefused(URI base, String login, String password, double lat, double lon) {
        try (Browser browser = Browser.open()) {
            browser.go(base.resolve("login.xhtml"));
            browser.type("input[id='login:identifier']", login);
            browser.type("input[id='login:password']", password);
            browser.find("button[id='login:submit']").click();
            browser.waitFor(".dashboard");
            browser.find("#find-professional").click();
            browser.waitFor("#geo-search");

            ChromiumDriver driver = (ChromiumDriver) browser.driver();
            String origin = base.getScheme() + "://" + base.getHost() + ":" + base.getPort();
            driver.executeCdpCommand("Browser.grantPermissions", Map.of("origin", origin, "permissions", List.of("geolocation")));
            driver.executeCdpCommand("Emulation.setGeolocationOverride", Map.of("latitude", lat, "longitude", lon, "accuracy", 30));
            new Select(browser.find("#category")).selectByValue("MIDWIFE");
            browser.find("#around-position").click();
            assertThat(driver.findElement(By.id("address")).isDisplayed()).as("no address to type around my position").isFalse();
            browser.find("#geo-submit").click();
            browser.waitFor("#results > li");
            browser.settle();

            assertThat(driver.findElements(By.cssSelector("#results > li h3"))).extracting(e -> e.getText().strip())
                    .startsWith("Sage-femme du Quai", "Sage-femme du Panier");
            assertThat(browser.find("#results-title").getText()).contains("de votre position");
            assertThat(driver.getCurrentUrl()).contains("around=position", "lat=43.2951", "lon=5.3752");
            assertThat(browser.find("#map").isDisplayed()).isTrue();
            // Tiles cannot load here: the page says so, and the list above is all there.
            new WebDriverWait(driver, Duration.ofSeconds(15)).until(d -> d.findElement(By.id("map-error")).isDisplayed());
            ((JavascriptExecutor) driver).executeScript("document.getElementById('results-title').scrollIntoView()");
            browser.screenshot("geolocation-position");

            driver.executeCdpCommand("Browser.setPermission", Map.of("origin", origin,
                    "permission", Map.of("name", "geolocation"), "setting", "denied"));
            ((JavascriptExecutor) driver).executeScript(
                    "document.getElementById('lat').value = ''; document.getElementById('lon').value = '';");
            browser.find("#geo-submit").click();
            new WebDriverWait(driver, Duration.ofSeconds(15))
                    .until(d -> d.findElement(By.id("geo-status")).getText().contains("autorisé"));
            assertThat(browser.find("#geo-status").getText()).isEqualTo("Vous n'avez pas autorisé l'accès à votre position. "
                    + "Autorisez-le dans votre navigateur, ou choisissez « Saisir une adresse ».");
            assertThat(driver.getCurrentUrl()).as("no search without a position").contains("lat=43.2951");
            ((JavascriptExecutor) driver).executeScript("window.scrollTo(0, 0)");
            browser.screenshot("geolocation-refused");
        }
    }
}
