package org.mutualportal.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.UUID;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mutualportal.core.testing.ApiCalls;
import org.mutualportal.core.testing.ApiCalls.Answer;
import org.mutualportal.testing.Browser;
import org.mutualportal.testing.PortalServer;
import org.mutualportal.testing.WebClient;
import org.mutualportal.testing.WebClient.Page;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

/**
 * "Envoyer une facture" end to end, in a real browser against the assembled portal: the demo member sends a bill
 * with two proofs (the photo shown as a thumbnail before sending), sees it in Suivi, and is warned at once when she
 * chooses the same bill again; staff open its proofs; the
 * management system — played here through the API — collects it from the feed and marks it incomplete; the member
 * adds the missing proof on the claim's page and it goes back to the feed; the system pays it (stage PAID, a payment
 * imported with the claim), and the payment and the claim link to each other.
 */
@ExtendWith(PortalServer.class)
class ClaimsBrowserIT {

    private static final DateTimeFormatter FRENCH = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    @Test
    void aBillSentInTheBrowserIsCompletedThenPaidAndItsPaymentLinksBackToIt() throws IOException {
        String marker = UUID.randomUUID().toString().substring(0, 8);
        Path bill = Files.write(Files.createTempFile("facture-opticien-", ".pdf"), pdf("Facture opticien " + marker));
        Path photo = Files.write(Files.createTempFile("photo-ticket-", ".png"), png());
        Path receipt = Files.write(Files.createTempFile("facture-acquittee-", ".pdf"), pdf("Facture acquittée " + marker));

        try (Browser browser = Browser.open()) {
            browser.signIn(PortalServer.base(), "marie.leroy@example.fr", "Adherent#2026");
            assertThat(browser.find("#claims-awaiting").getText()).as("the demo's claim waits for a proof")
                    .contains("attend un justificatif");

            browser.find("#toolbar-HEALTH summary").click();
            browser.find("#toolbar-HEALTH a[href$='/claims/send.xhtml']").click();
            assertThat(browser.driver().findElement(By.cssSelector(".claim-statement")).isDisplayed())
                    .as("the statement is asked for only once its box is ticked").isFalse();
            new Select(browser.find("select[id='claim:beneficiary']")).selectByVisibleText("Julien LEROY");
            new Select(browser.find("select[id='claim:careKind']")).selectByVisibleText("Optique");
            browser.type("input[id='claim:careDate']", LocalDate.now(ZoneId.of("Europe/Paris")).minusDays(12).format(FRENCH));
            browser.type("input[id='claim:amount']", "189,90");
            browser.driver().findElement(By.id("claim:proofs")).sendKeys(bill + "\n" + photo);
            assertThat(browser.waitFor("#claim-preview img.claim-thumbnail").getAttribute("alt"))
                    .as("the photo is shown before sending").isEqualTo(photo.getFileName().toString());
            assertThat(browser.find("#claim-preview").getText()).contains(bill.getFileName().toString());
            browser.screenshot("claim-before-sending");
            browser.find("input[id='claim:send']").click();
            assertThat(browser.waitForText("Votre facture est envoyée : demande n° "))
                    .contains("Julien LEROY", "Optique", "189,90 €");
            long number = Long.parseLong(browser.driver().getCurrentUrl().replaceAll(".*[?&]id=(\\d+).*", "$1"));

            browser.go(PortalServer.base().resolve("claims/send.xhtml"));
            new Select(browser.find("select[id='claim:beneficiary']")).selectByVisibleText("Julien LEROY");
            browser.driver().findElement(By.id("claim:proofs")).sendKeys(bill.toString());
            assertThat(browser.waitFor("#claim-preview .claim-duplicate").getText())
                    .as("the same bill again is flagged before sending").contains("demande n° " + number);
            assertThat(browser.find("[id='claim:duplicate-confirmation']").isDisplayed()).isTrue();

            browser.find("#toolbar-FOLLOW_UP summary").click();
            browser.find("#toolbar-FOLLOW_UP a[href$='/contact/history.xhtml']").click();
            browser.waitFor("#list\\:requests_data");
            assertThat(browser.find("#list\\:requests_data").getText()).contains("Facture envoyée en ligne", "189,90", "Envoyée");

            WebClient staff = PortalServer.client();
            staff.login("conseiller@mutuelle.example", "Conseiller#2026");
            assertThat(staff.get("contact/staff/inbox.xhtml").text()).contains("Facture envoyée en ligne");
            Page opened = staff.get("contact/staff/request.xhtml?id=" + number);
            assertThat(opened.html().select("#attachments a").eachText()).hasSize(2);
            for (String proof : opened.html().select("#attachments a").eachAttr("href")) {
                Page file = staff.get(proof);
                assertThat(file.status()).isEqualTo(200);
                assertThat(file.header("Content-Type")).matches("(application/pdf|image/png).*");
            }

            ApiCalls api = ApiCalls.asDemoClient(PortalServer.base());
            String item = api.awaitInFeed(number).toString();
            assertThat(item).contains("\"type\":\"claims.claim\"", "\"careKind\":\"optique\"", "\"amount\":\"189.90\"",
                    "justificatif-1-", "justificatif-2-");
            assertThat(api.put("api/v1/requests/" + number + "/status",
                    "{\"stage\":\"INCOMPLETE\",\"reason\":\"Joignez la facture acquittée de l'opticien " + marker + ".\"}")
                    .status()).isEqualTo(200);

            browser.go(PortalServer.base().resolve("contact/request.xhtml?id=" + number));
            assertThat(browser.find("#stage").getText()).isEqualTo("Incomplète : un justificatif manque");
            assertThat(browser.find("#stage-reason").getText()).contains("Joignez la facture acquittée de l'opticien " + marker);
            browser.find("#module-page").click();
            browser.waitFor("#awaiting");
            assertThat(browser.find("#reason").getText()).contains(marker);
            browser.screenshot("claim-incomplete");
            browser.driver().findElement(By.id("complete:complements")).sendKeys(receipt.toString());
            browser.find("input[id='complete:add']").click();
            browser.waitForText("vos justificatifs sont ajoutés");
            assertThat(browser.driver().findElements(By.id("awaiting"))).isEmpty();

            assertThat(api.awaitInFeed(number).toString()).as("back in the feed with the added proof").contains("complement-1-");
            assertThat(api.put("api/v1/requests/" + number + "/status", "{\"stage\":\"PAID\"}").status()).isEqualTo(200);
            String payment = "IT-CLAIM-" + marker;
            Answer imported = api.post("api/v1/reimbursements/payments", """
                    [{"externalId": "%s", "membership": "DEMO-A-0001", "paymentDate": "%s", "mode": "TRANSFER",
                      "amount": "120.00", "payee": "MEMBER", "claim": %d,
                      "lines": [{"beneficiaryName": "Julien LEROY", "actCode": "OPT", "actLabel": "Monture et verres",
                                 "careStart": "%s", "careEnd": "%s", "expense": "189.90", "baseAmount": "0.10",
                                 "ssRate": "60", "ssAmount": "0.06", "mutualAmount": "120.00",
                                 "guaranteeLabel": "Optique", "guaranteeBasis": "AMOUNT", "guaranteeValue": "120"}]}]"""
                    .formatted(payment, LocalDate.now(ZoneId.of("Europe/Paris")), number,
                            LocalDate.now(ZoneId.of("Europe/Paris")).minusDays(12), LocalDate.now(ZoneId.of("Europe/Paris")).minusDays(12)));
            assertThat(imported.body()).contains("\"created\":1", "\"rejectedRecords\":0");

            browser.go(PortalServer.base().resolve("claims/claim.xhtml?id=" + number));
            assertThat(browser.find("#stage").getText()).isEqualTo("Payée");
            browser.find("#payment-link").click();
            browser.waitFor("#lines");
            assertThat(browser.find("#claim-link").getText()).isEqualTo("demande n° " + number);
            assertThat(browser.text()).contains("Facture envoyée en ligne", "120,00 €");
            browser.screenshot("claim-payment");
            browser.find("#claim-link").click();
            browser.waitFor("#status");
            assertThat(browser.driver().getCurrentUrl()).endsWith("/claims/claim.xhtml?id=" + number);
        } finally {
            Files.deleteIfExists(bill);
            Files.deleteIfExists(photo);
            Files.deleteIfExists(receipt);
        }
    }

    private static byte[] pdf(String text) {
        return ("%PDF-1.4\n% " + text + "\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n").getBytes(StandardCharsets.UTF_8);
    }

    /** A real picture, for the browser to draw its thumbnail. */
    private static byte[] png() throws IOException {
        BufferedImage image = new BufferedImage(120, 80, BufferedImage.TYPE_INT_RGB);
        var graphics = image.createGraphics();
        graphics.setColor(Color.WHITE);
        graphics.fillRect(0, 0, 120, 80);
        graphics.setColor(Color.DARK_GRAY);
        graphics.drawString("Ticket", 20, 45);
        graphics.dispose();
        var out = new java.io.ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }
}
