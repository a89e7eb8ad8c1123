package org.mutualportal.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mutualportal.testing.Browser;
import org.mutualportal.testing.PortalServer;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/** A demo member searches her reimbursements in a real browser, opens a payment and prints it. */
@ExtendWith(PortalServer.class)
class ReimbursementsBrowserIT {

    @Test
    void searchThenDetailThenPrint() throws IOException, InterruptedException {
        try (Browser browser = Browser.open()) {
            browser.signIn(PortalServer.base(), "marie.leroy@example.fr", "Adherent#2026");

            browser.find("#toolbar-HEALTH summary").click();
            browser.find("#toolbar-HEALTH a[href$='/reimbursements/search.xhtml']").click();
            new Select(browser.find("select[id='criteria:period']")).selectByVisibleText("Depuis 12 mois");
            browser.find("button[id='criteria:submit']").click();
            // The page shows payments before the search too: wait for the answer's address.
            new org.openqa.selenium.support.ui.WebDriverWait(browser.driver(), java.time.Duration.ofSeconds(15))
                    .until(org.openqa.selenium.support.ui.ExpectedConditions.urlContains("period=12"));
            browser.waitFor("#results\\:payments_data tr[data-ri]");
            int rows = browser.driver().findElements(By.cssSelector("#results\\:payments_data tr[data-ri]")).size();
            assertThat(rows).isBetween(1, 10);

            browser.find("#results\\:payments_data tr[data-ri='0'] .ui-row-toggler").click();
            WebElement expansion = browser.waitFor("#results\\:payments_data .ui-expanded-row-content");
            assertThat(expansion.getText()).containsAnyOf("LEROY");

            browser.find("#results\\:payments_data tr[data-ri='0'] a.detail-link").click();
            browser.waitFor("#lines");
            assertThat(browser.find("#payment-title").getText()).startsWith("Paiement - ");
            browser.find("#why-0 summary").click();
            assertThat(browser.find("#why-0 ul").getText()).contains("Vous avez dépensé");
            browser.screenshot("payment-detail");

            String pdfLink = browser.find("#print").getAttribute("href");
            Cookie session = browser.driver().manage().getCookieNamed("JSESSIONID");
            HttpResponse<byte[]> pdf = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(pdfLink))
                    .header("Cookie", "JSESSIONID=" + session.getValue()).build(), HttpResponse.BodyHandlers.ofByteArray());
            assertThat(pdf.statusCode()).isEqualTo(200);
            assertThat(pdf.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/pdf"));
            assertThat(new String(pdf.body(), 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        }
    }
}
