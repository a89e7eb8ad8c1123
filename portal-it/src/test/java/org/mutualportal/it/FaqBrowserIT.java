package org.mutualportal.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mutualportal.testing.Browser;
import org.mutualportal.testing.PortalServer;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/** A visitor searches the public FAQ in a real browser, typing in capitals and without accents. */
@ExtendWith(PortalServer.class)
class FaqBrowserIT {

    @Test
    void aVisitorFindsTheAnswerWhateverTheAccentsAndCaseAndSeesTheWordsMarked() {
        try (Browser browser = Browser.open()) {
            browser.go(PortalServer.base());
            browser.find("a[href*='/public/faq/index.xhtml']").click();
            browser.waitFor("details.faq-item");
            assertThat(browser.driver().findElements(By.cssSelector("details.faq-item"))).hasSize(11);

            browser.type("input[id='faq:q']", "MEDECIN TRAITANT");
            new WebDriverWait(browser.driver(), Duration.ofSeconds(15))
                    .until(d -> d.findElement(By.id("faq:count")).getText().startsWith("3 questions correspondent"));
            browser.settle();

            List<WebElement> shown = browser.driver().findElements(By.cssSelector("details.faq-item"));
            assertThat(shown).extracting(d -> d.findElement(By.tagName("summary")).getText()).containsExactly(
                    "Je vais déménager, que dois-je faire ?",
                    "Puis-je changer de médecin traitant ?",
                    "Que se passe-t-il si je consulte un spécialiste sans passer par mon médecin traitant ?");
            WebElement question = shown.get(1);
            assertThat(question.getAttribute("open")).isNotNull();
            assertThat(question.findElements(By.cssSelector("summary mark"))).extracting(WebElement::getText)
                    .containsExactly("médecin", "traitant");
            assertThat(question.findElement(By.cssSelector(".faq-answer")).isDisplayed()).isTrue();
            assertThat(browser.text()).doesNotContain("Comment fonctionne le tiers payant ?");
            browser.screenshot("faq-search");

            WebElement summary = question.findElement(By.tagName("summary"));
            summary.sendKeys(Keys.ENTER);
            assertThat(question.getAttribute("open")).as("Enter folds the answer").isNull();
            summary.sendKeys(Keys.ENTER);
            assertThat(question.getAttribute("open")).isNotNull();

            browser.find("a[id='faq:clear']").click();
            new WebDriverWait(browser.driver(), Duration.ofSeconds(15))
                    .until(d -> d.findElements(By.cssSelector("details.faq-item")).size() == 11);
        }
    }
}
