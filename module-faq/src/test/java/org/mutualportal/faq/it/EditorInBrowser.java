package org.mutualportal.faq.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.mutualportal.testing.Browser;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chromium.ChromiumDriver;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The FAQ's rich-text editor (PrimeFaces' {@code p:textEditor}, Quill 2) in headless Chromium. A staff member
 * writes an answer — bold from the toolbar, a bullet list with a sub-item made with Tab, leaves the editor with
 * Tab and publishes from the keyboard — and a visitor sees the bold words and the bullets on the public page;
 * the editor page has French names for Quill's parts and the nonce-based Content-Security-Policy blocks nothing
 * the editor needs. An answer opened and saved without a change goes back as it came. Runs in the test JVM only
 * (Selenium is not in the test WAR).
 */
final class EditorInBrowser {

    /** Records the page's CSP violations before any of its scripts run (CDP scripts are not subject to CSP). */
    private static final String RECORD_VIOLATIONS = """
            window.__cspViolations = [];
            document.addEventListener('securitypolicyviolation', function (e) {
                window.__cspViolations.push(e.violatedDirective + ' ' + e.blockedURI);
            });""";

    private EditorInBrowser() {
    }

    static void writeAndPublish(URI base, String login, String password, String title) {
        try (Browser browser = Browser.open()) {
            ChromiumDriver driver = (ChromiumDriver) browser.driver();
            driver.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", RECORD_VIOLATIONS));
            signIn(browser, base, login, password);

            browser.go(base.resolve("faq/staff/edit.xhtml"));
            WebElement area = browser.find(".faq-editor .ql-editor");
            browser.settle();
            assertThat(area.getAttribute("contenteditable")).isEqualTo("true");
            assertThat(area.getAttribute("role")).isEqualTo("textbox");
            assertThat(area.getAttribute("aria-label")).isEqualTo("Réponse");
            assertThat(area.getAttribute("aria-describedby")).isEqualTo("answer-hint");
            assertThat(browser.find(".faq-editor .ui-editor-toolbar").getAttribute("aria-label"))
                    .isEqualTo("Mise en forme de la réponse");
            assertThat(browser.find(".faq-editor .ql-header .ql-picker-label").getAttribute("aria-label"))
                    .isEqualTo("Style du paragraphe");
            assertThat(driver.findElements(By.cssSelector(".faq-editor .ql-header .ql-picker-item")))
                    .extracting(item -> item.getAttribute("data-label"))
                    .containsExactly("Intertitre", "Sous-intertitre", "Texte normal");
            assertThat(driver.findElements(By.cssSelector(".faq-editor .ql-image, .faq-editor .ql-color, .faq-editor .ql-font")))
                    .as("no images, colours or fonts").isEmpty();

            new Select(browser.find("select[id='question:theme']")).selectByValue("4");
            browser.type("input[id='question:text']", title);
            area.click();
            area.sendKeys("Joignez ");
            browser.find(".faq-editor button.ql-bold").click();
            area.sendKeys("la facture acquittée");
            browser.find(".faq-editor button.ql-bold").click();
            area.sendKeys(" et :", Keys.ENTER);
            browser.find(".faq-editor button.ql-list[value='bullet']").click();
            area.sendKeys("le décompte de la Sécurité sociale", Keys.ENTER, "l'ordonnance", Keys.ENTER);
            // Tab at the start of an item nests it; further on, Tab leaves the editor for the next field.
            area.sendKeys(Keys.TAB, "l'original ou sa copie");
            assertThat(browser.find(".faq-editor button.ql-list[value='bullet']").getAttribute("aria-pressed")).isEqualTo("true");
            assertThat(area.findElements(By.cssSelector("li[data-list='bullet']"))).hasSize(3);
            assertThat(area.findElements(By.cssSelector("li.ql-indent-1"))).extracting(WebElement::getText)
                    .containsExactly("l'original ou sa copie");
            assertThat(area.findElement(By.tagName("strong")).getText()).isEqualTo("la facture acquittée");
            area.sendKeys(Keys.TAB);
            assertThat(driver.switchTo().activeElement().getAttribute("id")).as("Tab leaves the editor")
                    .isEqualTo("question:published");
            assertThat(area.getText()).doesNotContain("\t");
            driver.switchTo().activeElement().sendKeys(Keys.SPACE);
            assertThat(driver.findElement(By.id("question:published")).isSelected()).isTrue();
            ((JavascriptExecutor) driver).executeScript("document.querySelector('.faq-editor').scrollIntoView()");
            browser.screenshot("faq-editor");
            @SuppressWarnings("unchecked")
            List<String> violations = (List<String>) ((JavascriptExecutor) driver).executeScript("return window.__cspViolations");
            // Quill's bundle probes for eval once and falls back by itself; nothing else may be refused.
            assertThat(violations).as("CSP violations on the editor page").allMatch(v -> v.endsWith(" eval"));

            browser.find("button[id='question:save']").click();
            new WebDriverWait(driver, Duration.ofSeconds(15)).until(d -> d.getCurrentUrl().contains("/faq/staff/index.xhtml"));
            assertThat(browser.find("#messages").getText()).contains("La question est enregistrée.")
                    .doesNotContain("éléments non autorisés");
            browser.screenshot("faq-staff-saved");

            browser.go(base.resolve("public/faq/index.xhtml"));
            WebElement question = driver.findElements(By.cssSelector("details.faq-item")).stream()
                    .filter(d -> d.findElement(By.tagName("summary")).getText().equals(title)).findFirst()
                    .orElseThrow(() -> new AssertionError("not on the public page: " + title + " but "
                            + driver.findElements(By.cssSelector("details.faq-item > summary")).stream().map(WebElement::getText).toList()));
            ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView()", question);
            question.findElement(By.tagName("summary")).click();
            WebElement answer = question.findElement(By.cssSelector(".faq-answer"));
            assertThat(answer.findElement(By.tagName("strong")).getText()).isEqualTo("la facture acquittée");
            assertThat(answer.findElements(By.cssSelector(".faq-answer > ul > li"))).hasSize(2);
            assertThat(answer.findElement(By.cssSelector(".faq-answer > ul > li")).getText())
                    .isEqualTo("le décompte de la Sécurité sociale");
            assertThat(answer.findElements(By.cssSelector(".faq-answer > ul > li > ul > li"))).extracting(WebElement::getText)
                    .containsExactly("l'original ou sa copie");
            assertThat(answer.findElement(By.cssSelector("ul > li")).getCssValue("list-style-type")).isEqualTo("disc");
            browser.screenshot("faq-public-rich-answer");
        }
    }

    /** Opens the question in the editor, waits for Quill to hold its answer, and saves without touching it. */
    static void openAndSaveUnchanged(URI base, String login, String password, long id, String someWords) {
        try (Browser browser = Browser.open()) {
            WebDriver driver = browser.driver();
            signIn(browser, base, login, password);
            browser.go(base.resolve("faq/staff/edit.xhtml?id=" + id));
            WebElement area = browser.find(".faq-editor .ql-editor");
            browser.settle();
            assertThat(area.getText()).contains(someWords);
            assertThat(area.findElements(By.cssSelector("li[data-list='bullet']"))).as("loaded as Quill's lists").isNotEmpty();

            browser.find("button[id='question:save']").click();
            new WebDriverWait(driver, Duration.ofSeconds(15)).until(d -> d.getCurrentUrl().contains("/faq/staff/index.xhtml"));
            assertThat(browser.find("#messages").getText()).contains("La question est enregistrée.")
                    .doesNotContain("éléments non autorisés");
        }
    }

    private static void signIn(Browser browser, URI base, String login, String password) {
        browser.go(base.resolve("login.xhtml"));
        browser.type("input[id='login:identifier']", login);
        browser.type("input[id='login:password']", password);
        browser.find("button[id='login:submit']").click();
        new WebDriverWait(browser.driver(), Duration.ofSeconds(15)).until(d -> d.getCurrentUrl().contains("/staff/"));
    }
}
