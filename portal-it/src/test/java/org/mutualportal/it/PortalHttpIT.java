package org.mutualportal.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mutualportal.core.testing.ApiCalls;
import org.mutualportal.testing.PortalServer;
import org.mutualportal.testing.WebClient;
import org.mutualportal.testing.WebClient.Page;

/** The assembled WAR at the root context, as deployed: health, session cookie, every module's pages. */
@ExtendWith(PortalServer.class)
class PortalHttpIT {

    @Test
    void readinessReportsTheDatabaseAndThePageGate() {
        Page ready = PortalServer.client().get("health/ready");

        assertThat(ready.status()).isEqualTo(200);
        assertThat(ready.body()).contains("\"database\"", "\"page-gate\"").doesNotContain("DOWN");
    }

    @Test
    void theSessionAndDeviceCookiesAreHttpOnlyAndSameSiteLaxAtTheRootContext() {
        WebClient client = PortalServer.client();
        Page login = client.get("login.xhtml");
        Page signedIn = login.form("login").set("login:identifier", "marie.leroy@example.fr")
                .set("login:password", "Adherent#2026").submit("login:submit");

        List<String> cookies = signedIn.headers("Set-Cookie");
        // The session, and the browser now known to the account.
        assertThat(cookies).hasSize(2).allSatisfy(cookie -> assertThat(cookie).matches("(JSESSIONID|portal_device)=.*")
                .contains("Path=/", "HttpOnly").containsIgnoringCase("SameSite=Lax"));
    }

    @Test
    void everyMenuEntryOfEveryModuleOpensForADemoMember() {
        WebClient client = PortalServer.client();
        Page home = client.login("marie.leroy@example.fr", "Adherent#2026");
        List<String> links = home.html().select(".toolbar-menu a, #situation a, .header-actions a[href]").eachAttr("href");

        assertThat(links).hasSizeGreaterThanOrEqualTo(7);
        for (String link : links) {
            Page page = client.open(link);
            assertThat(page.status()).as(link).isEqualTo(200);
            assertThat(page.text()).as(link).doesNotContain("Exception", "Une erreur est survenue");
        }
    }

    /** The privacy page's "in the portal" paragraph names what "Mon compte" really offers in the assembled WAR. */
    @Test
    void thePrivacyPageSendsMembersToTheAccountPagesThatExportAndDeleteTheirData() {
        WebClient client = PortalServer.client();
        String inPortal = client.get("public/core/privacy.xhtml").html().select("#in-portal").text();
        client.login("marie.leroy@example.fr", "Adherent#2026");
        String account = client.get("account/index.xhtml").text();

        assertThat(inPortal).contains("« Mon compte »", "« Exporter mes données »", "« Je souhaite supprimer mon compte »");
        assertThat(account).contains("Exporter mes données", "Je souhaite supprimer mon compte");
    }

    @Test
    void anUnknownPageGetsTheFrenchNotFoundPage() {
        WebClient client = PortalServer.client();
        client.login("marie.leroy@example.fr", "Adherent#2026");

        Page missing = client.get("nulle-part/rien.xhtml");

        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.text()).contains("Page introuvable").doesNotContain("Payara", "Exception");
    }

    @Test
    void theDemoApiClientOfTheReadmeReadsTheRequestFeedAndAWrongSecretDoesNot() {
        assertThat(apiFeedStatus("gestion-demo", "Gestion#Demo-2026-api")).isEqualTo(200);
        assertThat(apiFeedStatus("gestion-demo", "Gestion#Demo-2026-apj")).isEqualTo(401);
    }

    private static int apiFeedStatus(String client, String secret) {
        return ApiCalls.at(PortalServer.base(), client, secret).get("api/v1/requests?limit=5").status();
    }

    @Test
    void oneAccountSignedInFromSeveralBrowsersAtOnceOpensEverySession() throws InterruptedException {
        int browsers = 6;
        List<String> landed = Collections.synchronizedList(new ArrayList<>());
        List<Thread> threads = new ArrayList<>();
        CountDownLatch start = new CountDownLatch(1);
        for (int i = 0; i < browsers; i++) {
            WebClient client = PortalServer.client();
            Page form = client.get("login.xhtml");
            Thread thread = new Thread(() -> {
                try {
                    start.await();
                    Page home = client.follow(form.form("login").set("login:identifier", "marie.leroy@example.fr")
                            .set("login:password", "Adherent#2026").submit("login:submit"));
                    landed.add(home.status() + " " + home.uri().getPath());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            });
            thread.start();
            threads.add(thread);
        }
        start.countDown();
        for (Thread thread : threads) {
            thread.join();
        }

        assertThat(landed).hasSize(browsers).containsOnly("200 /home.xhtml");
    }
}
