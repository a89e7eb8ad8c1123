package org.mutualportal.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mutualportal.testing.Browser;
import org.mutualportal.testing.PortalServer;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The phone's first screen (375 × 667, an iPhone SE's viewport): the header's account entries and the toolbar fold
 * behind a "Menu" button, so that the dashboard's first card shows without scrolling. The button is a real button
 * (aria-expanded, aria-controls), opens with the keyboard, closes with Escape, leads to a section's page, and axe
 * finds nothing serious with the menu closed or open. Without JavaScript there is no button and the menu is shown
 * unfolded, as before; on a wide screen the button is not there and the toolbar is.
 */
@ExtendWith(PortalServer.class)
class PhoneMenuBrowserIT {

    private static final Dimension PHONE = new Dimension(375, 667);

    @Test
    void onAPhoneTheMenuFoldsAndTheFirstCardIsOnTheFirstScreen() {
        try (Browser browser = Browser.open()) {
            signInOnAPhone(browser);

            WebElement button = browser.find("#site-menu-button");
            assertThat(button.getAttribute("aria-expanded")).isEqualTo("false");
            assertThat(button.getAttribute("aria-controls")).isEqualTo("site-menu");
            assertThat(browser.driver().findElement(By.cssSelector(".toolbar")).isDisplayed()).as("toolbar folded").isFalse();
            assertThat(browser.driver().findElement(By.cssSelector("[id='header:logout']")).isDisplayed()).isFalse();
            assertFirstCardOnTheFirstScreen(browser);
            assertThat(browser.accessibilityViolations()).as("menu closed").isEmpty();

            button.sendKeys(Keys.ENTER);
            assertThat(button.getAttribute("aria-expanded")).as("opened with the keyboard").isEqualTo("true");
            assertThat(browser.find("[id='header:account']").isDisplayed()).isTrue();
            assertThat(browser.find("[id='header:logout']").isDisplayed()).isTrue();
            assertThat(browser.accessibilityViolations()).as("menu open").isEmpty();

            browser.find("#toolbar-CONTRACT summary").sendKeys(Keys.ESCAPE);
            assertThat(button.getAttribute("aria-expanded")).as("closed with Escape").isEqualTo("false");
            assertThat(browser.driver().switchTo().activeElement()).as("focus back on the button").isEqualTo(button);

            button.click();
            openSection(browser);
            assertThat(browser.find("#site-menu-button").getAttribute("aria-expanded")).as("folded on the new page")
                    .isEqualTo("false");
        }
    }

    @Test
    void theMemberNumberSelectorFitsThePhonesOpenMenu() {
        try (Browser browser = Browser.open()) {
            browser.driver().manage().window().setSize(PHONE);
            browser.signIn(PortalServer.base(), "karim.benali@example.fr", "Adherent#2026");
            browser.find("#site-menu-button").click();

            assertThat(browser.find("select[id='header:membership']").isDisplayed()).isTrue();
            assertThat(browser.find("[id='header:switch']").isDisplayed()).isTrue();
            assertNoSidewaysScroll(browser);
        }
    }

    @Test
    void withoutJavaScriptThePhoneMenuIsUnfoldedAndLeadsToASection() {
        try (Browser browser = Browser.openWithoutJavaScript()) {
            signInOnAPhone(browser);
            assertThat(((JavascriptExecutor) browser.driver()).executeScript("return typeof window.PrimeFaces"))
                    .as("no script ran").isEqualTo("undefined");

            assertThat(browser.driver().findElement(By.cssSelector("#site-menu-button")).isDisplayed())
                    .as("a button that could open nothing is not shown").isFalse();
            assertThat(browser.find(".toolbar").isDisplayed()).isTrue();
            assertThat(browser.find("[id='header:logout']").isDisplayed()).isTrue();
            assertNoSidewaysScroll(browser);
            openSection(browser);
        }
    }

    @Test
    void onAWideScreenTheToolbarShowsWithoutAMenuButton() {
        try (Browser browser = Browser.open()) {
            browser.signIn(PortalServer.base(), "marie.leroy@example.fr", "Adherent#2026");

            assertThat(browser.driver().findElement(By.cssSelector("#site-menu-button")).isDisplayed()).isFalse();
            assertThat(browser.find(".toolbar").isDisplayed()).isTrue();
            assertThat(browser.find("[id='header:logout']").isDisplayed()).isTrue();
            assertThat(browser.driver().findElements(By.cssSelector(".toolbar-section summary")))
                    .extracting(e -> e.getText().strip()).containsExactly("Contrat", "Santé", "Documents", "Suivi");
            openSection(browser);
        }
    }

    private static void signInOnAPhone(Browser browser) {
        browser.driver().manage().window().setSize(PHONE);
        browser.signIn(PortalServer.base(), "marie.leroy@example.fr", "Adherent#2026");
        browser.settle();
    }

    /** The first card's title in the upper half of the first screen, the page not scrolled. */
    @SuppressWarnings("unchecked")
    private static void assertFirstCardOnTheFirstScreen(Browser browser) {
        Map<String, Object> screen = (Map<String, Object>) ((JavascriptExecutor) browser.driver()).executeScript("""
                const title = document.querySelector('.dashboard .card .card-title').getBoundingClientRect();
                return {titleBottom: title.bottom, height: window.innerHeight, scrollY: window.scrollY};""");
        assertThat(((Number) screen.get("scrollY")).doubleValue()).isZero();
        assertThat(((Number) screen.get("titleBottom")).doubleValue()).as("the first card's title on the first screen")
                .isLessThan(((Number) screen.get("height")).doubleValue() / 2);
        assertNoSidewaysScroll(browser);
    }

    private static void assertNoSidewaysScroll(Browser browser) {
        assertThat(((JavascriptExecutor) browser.driver()).executeScript(
                "return document.documentElement.scrollWidth <= window.innerWidth")).as("no sideways scroll").isEqualTo(true);
    }

    /** From the open menu: the Contrat section, its first entry, the contract's page. */
    private static void openSection(Browser browser) {
        browser.find("#toolbar-CONTRACT summary").click();
        List<WebElement> entries = browser.driver().findElements(By.cssSelector("#toolbar-CONTRACT .toolbar-menu a"));
        assertThat(entries).isNotEmpty();
        String target = entries.get(0).getAttribute("href");
        browser.find("#toolbar-CONTRACT .toolbar-menu a").click();
        new WebDriverWait(browser.driver(), Duration.ofSeconds(15)).until(ExpectedConditions.urlToBe(target));
        assertThat(browser.text()).doesNotContain("Une erreur est survenue");
    }
}
