package org.mutualportal.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mutualportal.testing.Browser;
import org.mutualportal.testing.PortalServer;
import org.mutualportal.testing.TestMailServer;

/** The demo member without an account creates her space in a real browser, activates it from the e-mail and signs in. */
@ExtendWith(PortalServer.class)
class RegistrationBrowserIT {

    private static final String LOGIN = "sophie.martin@example.fr";
    private static final String PASSWORD = "Calanques#Sud2026";

    @Test
    void registrationThroughActivationAndFirstSignIn() {
        try (Browser browser = Browser.open()) {
            browser.go(PortalServer.base());
            browser.find("#member-access").click();
            browser.find("a[href$='/public/account/register.xhtml']").click();
            browser.type("input[id='register:number']", "100777");
            browser.type("input[id='register:lastName']", "MARTIN");
            browser.type("input[id='register:firstName']", "sophie");
            browser.type("input[id='register:birthDate']", "02/09/1985");
            browser.type("input[id='register:login']", LOGIN);
            browser.type("input[id='register:password']", "court");
            assertThat(browser.find("li[data-rule='TOO_SHORT']").getAttribute("class")).as("ticked live").contains("ko");
            browser.type("input[id='register:password']", PASSWORD);
            assertThat(browser.find("li[data-rule='TOO_SHORT']").getAttribute("class")).contains("ok");
            assertThat(browser.find("li[data-rule='NO_SPECIAL']").getAttribute("class")).contains("ok");
            browser.type("input[id='register:confirmation']", PASSWORD);
            browser.find("button[id='register:submit']").click();
            assertThat(browser.find("#sent").getText()).contains("vous allez recevoir un e-mail");

            String text = TestMailServer.text(TestMailServer.awaitMessages(LOGIN, 1, Duration.ofSeconds(30)).get(0));
            Matcher link = Pattern.compile("/public/account/activate\\.xhtml\\?token=[A-Za-z0-9_-]+").matcher(text);
            assertThat(link.find()).isTrue();
            browser.go(PortalServer.base().resolve(link.group().substring(1)));
            browser.find("button[id='activate:submit']").click();
            assertThat(browser.find("#activated").getText()).contains("Votre espace adhérent est activé");

            browser.find("#activated a").click();
            browser.type("input[id='login:identifier']", LOGIN);
            browser.type("input[id='login:password']", PASSWORD);
            browser.find("button[id='login:submit']").click();
            assertThat(browser.find(".member-card").getText()).contains("Sophie MARTIN", "Première connexion");
            browser.screenshot("first-sign-in");
        }
    }
}
