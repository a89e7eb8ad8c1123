package org.mutualportal.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.mutualportal.core.testing.ApiCalls;
import org.mutualportal.core.testing.ApiCalls.Answer;
import org.mutualportal.testing.PortalProcess;
import org.mutualportal.testing.WebClient;
import org.mutualportal.testing.WebClient.Page;

/**
 * The module API's proof: the example module {@code examples/module-prevoyance} — written against the API
 * artifact only and built outside this reactor by the invoker — runs in the portal once its JAR is added to the
 * WAR, with nothing of the portal changed. Its page, toolbar entry, dashboard widget, entity and migration,
 * request type in Suivi and record import all work.
 */
class ExampleModuleIT {

    private static PortalProcess portal;

    @BeforeAll
    static void startThePortalWithTheExampleModule() throws IOException {
        Path war = Path.of(System.getProperty("portal.launcher.jar", "../portal-launcher/target/portal-launcher.jar"))
                .resolveSibling("portal.war");
        Path withModule = Path.of("target", "portal-with-prevoyance.war").toAbsolutePath();
        Files.copy(war, withModule, StandardCopyOption.REPLACE_EXISTING);
        // Adding a module is adding its JAR: WEB-INF/lib of the WAR, as portal-app's dependency would put it.
        try (FileSystem zip = FileSystems.newFileSystem(withModule)) {
            Files.copy(exampleJar(), zip.getPath("WEB-INF/lib/module-prevoyance.jar"), StandardCopyOption.REPLACE_EXISTING);
        }
        portal = PortalProcess.start(Map.of("PORTAL_WAR", withModule.toString()), "portal-with-prevoyance-output");
    }

    @AfterAll
    static void stop() {
        if (portal != null) {
            portal.stop();
        }
    }

    private static Path exampleJar() throws IOException {
        Path target = Path.of(System.getProperty("portal.examples", "target/examples"), "module-prevoyance", "target");
        try (Stream<Path> files = Files.list(target)) {
            return files.filter(p -> p.getFileName().toString().matches("module-prevoyance-.*\\.jar")).findFirst()
                    .orElseThrow(() -> new IllegalStateException("The invoker did not build the example module in " + target));
        }
    }

    @Test
    void importedCoversShowOnTheModulesPageAndOnTheDashboard() {
        Answer imported = ApiCalls.asDemoClient(portal.base()).post("api/v1/prevoyance/covers", """
                [{"externalId": "IT-PREV-1", "membership": "DEMO-A-0001", "kind": "DEATH_CAPITAL",
                  "label": "Capital décès toutes causes", "amount": "30000.00", "startDate": "2020-01-01"},
                 {"externalId": "IT-PREV-2", "membership": "DEMO-A-0001", "kind": "DAILY_ALLOWANCE",
                  "label": "Indemnités journalières après 90 jours", "amount": "25.50", "startDate": "2020-01-01"},
                 {"externalId": "IT-PREV-3", "membership": "INCONNUE", "kind": "DEATH_CAPITAL",
                  "label": "Capital", "amount": "1000", "startDate": "2020-01-01"}]""");
        assertThat(imported.status()).isEqualTo(200);
        assertThat(imported.body()).contains("\"created\":2", "\"rejectedRecords\":1", "Adhésion inconnue : INCONNUE");

        WebClient marie = portal.client();
        Page home = marie.login("marie.leroy@example.fr", "Adherent#2026");
        assertThat(home.html().select("#toolbar-CONTRACT a[href$='/prevoyance/index.xhtml']").text()).isEqualTo("Ma prévoyance");
        // Amounts are written with a narrow no-break space between thousands (FrenchFormats).
        assertThat(home.html().select("#prevoyance-widget").text()).contains("Capital décès", "30\u202F000,00 €");

        Page covers = marie.get("prevoyance/index.xhtml");
        assertThat(covers.status()).isEqualTo(200);
        assertThat(covers.html().select("#covers tbody tr")).hasSize(2);
        assertThat(covers.html().select("#covers").text()).contains("Capital décès toutes causes", "25,50 €");

        WebClient karim = portal.client();
        karim.login("karim.benali@example.fr", "Adherent#2026");
        assertThat(karim.get("prevoyance/index.xhtml").html().select("#no-cover").text())
                .isEqualTo("Votre contrat ne comporte pas de garantie de prévoyance en vigueur.");
    }

    @Test
    void aClauseRequestIsCheckedNextToItsFieldShownInSuiviAndReachesTheRequestFeed() {
        WebClient karim = portal.client();
        karim.login("karim.benali@example.fr", "Adherent#2026");
        Page page = karim.get("prevoyance/index.xhtml");

        Page refused = page.form("clause").set("clause:choice", "CUSTOM").set("clause:wording", " ").submit("clause:send");
        assertThat(refused.status()).isEqualTo(200);
        assertThat(refused.html().select("[id='clause:wording'] ~ .ui-message, .field:has([id='clause:wording']) .ui-message").text())
                .isEqualTo("Rédigez votre clause, ou choisissez la clause type.");

        Page sent = karim.follow(refused.form("clause").set("clause:choice", "STANDARD").submit("clause:send"));
        assertThat(sent.text()).contains("Votre désignation est envoyée");
        String number = sent.text().replaceAll("(?s).*demande n° (\\d+).*", "$1");

        Page again = karim.get("prevoyance/index.xhtml").form("clause").set("clause:choice", "STANDARD").submit("clause:send");
        assertThat(again.text()).contains("Une désignation de bénéficiaires est déjà en cours de traitement");

        Page history = karim.get("contact/history.xhtml");
        assertThat(history.text()).contains("Désignation des bénéficiaires du capital décès");

        assertThat(ApiCalls.asDemoClient(portal.base()).awaitInFeed(Long.parseLong(number)).getString("type"))
                .isEqualTo("prevoyance.clause");
    }

    @Test
    void theModuleIsListedToAdministratorsWithItsVersion() {
        WebClient admin = portal.client();
        admin.login("admin@mutuelle.example", "Administrateur#2026");

        assertThat(admin.get("admin/modules.xhtml").text()).contains("Prévoyance", "1.0.0");
    }
}
