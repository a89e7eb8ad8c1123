package org.mutualportal.core.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URL;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.mutualportal.core.sample.SampleJars;
import org.mutualportal.core.testing.TestMembers;
import org.mutualportal.testing.EmbeddedDatabase;
import org.mutualportal.testing.PortalDeployment;
import org.mutualportal.testing.PortalTest;
import org.mutualportal.testing.TestMailServer;
import org.mutualportal.testing.WebClient;
import org.mutualportal.testing.WebClient.Page;

/**
 * The core's administration console on Payara Micro: who may open it, the configuration view (secrets
 * masked), the modules' last change, the audit search and its CSV export, and the outbox's retry. Accounts
 * are created in the database for each test; the administrators sign in without a code (otp roles NONE).
 */
@PortalTest
@RunAsClient
class AdminConsoleIT {

    private static final String PASSWORD = "Console#Admin2026";
    private static final String SMTP_SECRET = "smtp-" + UUID.randomUUID();
    private static final String API_SECRET = "api-" + UUID.randomUUID();
    private static final List<String> ADMIN_PAGES = List.of("admin/index.xhtml", "admin/modules.xhtml",
            "admin/configuration.xhtml", "admin/audit.xhtml", "admin/outbox.xhtml", "admin/sources.xhtml", "admin/audit.csv");

    @Deployment
    static WebArchive deployment() {
        return PortalDeployment.module()
                .withLibrary(SampleJars.sample())
                .withClasses(TestMembers.class, TestMembers.Created.class)
                .withConfig("portal.login.otp.roles", "NONE")
                .withConfig("portal.mail.retry.base-seconds", "1")
                .withConfig("portal.mail.retry.max-seconds", "2")
                .withConfig("portal.mail.password", SMTP_SECRET)
                .withConfig("portal.console-test.api-token", API_SECRET)
                .withConfig("portal.mutual.short-name", "MTEST")
                .build();
    }

    @ArquillianResource
    URL base;

    @Test
    void everyAdminPageIsForAdministratorsOnly() {
        WebClient member = client();
        member.login(member(), PASSWORD);
        WebClient staff = client();
        staff.login(staff(), PASSWORD);
        WebClient admin = client();
        admin.login(admin(), PASSWORD);

        for (String page : ADMIN_PAGES) {
            Page anonymous = client().get(page);
            assertThat(anonymous.status()).as(page).isEqualTo(302);
            assertThat(anonymous.location()).as(page).contains("/login.xhtml");
            assertThat(member.get(page).status()).as(page + " for a member").isEqualTo(403);
            assertThat(staff.get(page).status()).as(page + " for staff").isEqualTo(403);
            assertThat(admin.get(page).status()).as(page + " for an administrator").isEqualTo(200);
        }
    }

    @Test
    void theIndexLinksEveryPageOfTheConsole() {
        WebClient admin = client();
        Page index = admin.login(admin(), PASSWORD);

        assertThat(index.uri().getPath()).endsWith("/admin/index.xhtml");
        assertThat(index.html().select(".console-links a").eachAttr("href"))
                .anyMatch(h -> h.endsWith("/admin/modules.xhtml"))
                .anyMatch(h -> h.endsWith("/admin/configuration.xhtml"))
                .anyMatch(h -> h.endsWith("/admin/audit.xhtml"))
                .anyMatch(h -> h.endsWith("/admin/outbox.xhtml"))
                .anyMatch(h -> h.endsWith("/admin/imports.xhtml"))
                .anyMatch(h -> h.endsWith("/admin/sources.xhtml"));
    }

    @Test
    void theConfigurationShowsValuesWithTheirSourceAndNeverASecret() {
        WebClient admin = client();
        admin.login(admin(), PASSWORD);

        Page configuration = admin.get("admin/configuration.xhtml");

        assertThat(configuration.body()).doesNotContain(SMTP_SECRET).doesNotContain(API_SECRET);
        Element smtp = row(configuration, "portal.mail.password");
        assertThat(smtp.select(".config-value").text()).isEqualTo("•••• (défini)");
        assertThat(row(configuration, "portal.console-test.api-token").select(".config-value").text()).isEqualTo("•••• (défini)");
        assertThat(row(configuration, "portal.mail.username").select(".config-value").text()).isEqualTo("Non défini");

        Element shortName = row(configuration, "portal.mutual.short-name");
        assertThat(shortName.select(".config-value").text()).isEqualTo("MTEST");
        assertThat(shortName.select(".config-ordinal").text()).isEqualTo("500");
        assertThat(shortName.select(".config-source").text()).isNotBlank();
        assertThat(shortName.select(".config-default").text()).as("no default in code").isEmpty();

        Element maxAttempts = row(configuration, "portal.mail.retry.max-attempts");
        assertThat(maxAttempts.select(".config-value").text()).as("set nowhere: the code's default").isEqualTo("80");
        assertThat(maxAttempts.select(".config-source").text()).isEqualTo("Valeur par défaut du code");
        assertThat(maxAttempts.select(".config-ordinal").text()).isEmpty();
        assertThat(maxAttempts.select(".config-default").text()).isEqualTo("80");

        Element lockMinutes = row(configuration, "portal.login.lock-minutes");
        assertThat(lockMinutes.select(".config-value").text()).isEqualTo("15");
        assertThat(lockMinutes.select(".config-ordinal").text()).as("the core's own file").isEqualTo("100");
        assertThat(lockMinutes.select(".config-default").text()).isEqualTo("15");

        Element database = row(configuration, "portal.db.url");
        assertThat(database.select(".config-value").text()).startsWith("jdbc:postgresql://");
        assertThat(Integer.parseInt(database.select(".config-ordinal").text())).as("a system property").isGreaterThan(100);
        assertThat(configuration.html().select(".config-key").eachText()).allMatch(k -> k.startsWith("portal."));
    }

    @Test
    void theModulesPageTellsWhoLastSwitchedAModuleAndWhen() {
        String login = admin();
        WebClient admin = client();
        admin.login(login, PASSWORD);
        Page modules = admin.get("admin/modules.xhtml");
        assertThat(modules.html().select("#modules\\:table tbody tr").first().text()).contains("sample", "Module d'essai");

        modules.form("modules").ajax("modules:table:0:disable", "modules", "modules");
        admin.get("admin/modules.xhtml").form("modules").ajax("modules:table:0:enable", "modules", "modules");

        Page after = admin.get("admin/modules.xhtml");
        assertThat(after.html().select("#modules\\:table\\:0\\:state").text()).isEqualTo("Activé");
        assertThat(after.html().select("#modules\\:table\\:0\\:changed").text()).contains("par " + login)
                .matches("\\d{2}/\\d{2}/\\d{4} \\d{2}:\\d{2} .*");
        assertThat(db().count("select count(*) from audit_event where action = 'MODULE_ENABLED' and actor = ?",
                "account:" + db().count("select id from web_account where login = ?", login))).isOne();
    }

    @Test
    void anAuditSearchFindsTheEventsOfAnAccountAndItsCsvExportHoldsExactlyThem() {
        String target = staff();
        client().login(target, "Wrong#Password1");
        client().login(target, "Wrong#Password2");
        String adminLogin = admin();
        WebClient admin = client();
        admin.login(adminLogin, PASSWORD);

        Page form = admin.get("admin/audit.xhtml");
        assertThat(form.html().select("#criteria\\:action option").eachAttr("value")).contains("LOGIN_FAILED");
        Page results = admin.follow(form.form("criteria").set("criteria:action", "LOGIN_FAILED")
                .set("criteria:actor", target).submit("criteria:submit"));

        assertThat(results.uri().getQuery()).contains("action=LOGIN_FAILED", "actor=" + target);
        assertThat(results.html().select("#results-title").text()).isEqualTo("2 événements");
        assertThat(results.html().select(".audit-action").eachText()).containsExactly("LOGIN_FAILED", "LOGIN_FAILED");
        assertThat(results.html().select(".audit-actor-login").eachText()).allMatch(t -> t.contains(target));
        assertThat(results.html().select(".audit-detail").eachText()).containsExactly("failures=2", "failures=1");

        Page byTarget = admin.get("admin/audit.xhtml?target=" + target + "&action=LOGIN_FAILED");
        assertThat(byTarget.html().select("#results-title").text()).isEqualTo("2 événements");
        String tomorrow = LocalDate.now().plusDays(2).toString();
        assertThat(admin.get("admin/audit.xhtml?actor=" + target + "&from=" + tomorrow).html().select("#results-title").text())
                .isEqualTo("Aucun événement");

        String exportLink = results.html().select("#export").attr("href");
        assertThat(exportLink).contains("/admin/audit.csv?", "action=LOGIN_FAILED");
        Page csv = admin.get(exportLink);
        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.header("Content-Type")).startsWith("text/csv");
        assertThat(csv.header("Content-Disposition")).startsWith("attachment; filename=\"journal-audit-");
        List<String> lines = csv.body().lines().toList();
        assertThat(lines.get(0)).isEqualTo("\uFEFFDate et heure;Action;Acteur;Identifiant de l'acteur;Cible;"
                + "Identifiant de la cible;Détail;Adresse IP");
        assertThat(lines).hasSize(3);
        assertThat(lines.get(1)).contains(";LOGIN_FAILED;account:", ";" + target + ";", ";failures=2;");
        assertThat(lines.get(2)).contains(";failures=1;");
        assertThat(db().count("select count(*) from audit_event where action = 'AUDIT_EXPORTED' and detail like ?",
                "%actor=" + target.replace("@", "%40") + "%")).isOne();
    }

    @Test
    void aPeriodEndingBeforeItStartsIsRefusedNextToTheField() {
        WebClient admin = client();
        admin.login(admin(), PASSWORD);

        Page refused = admin.get("admin/audit.xhtml").form("criteria").set("criteria:from", "10/03/2026")
                .set("criteria:to", "09/03/2026").submit("criteria:submit");

        assertThat(refused.status()).isEqualTo(200);
        assertThat(refused.html().select(".ui-message-error").text()).contains("La date de fin doit être postérieure");
    }

    @Test
    void aMailGivenUpIsShownMaskedAndSentWhenAnAdministratorRetriesIt() {
        String recipient = "retry-" + System.nanoTime() + "@example.fr";
        String error = "Relay refused " + UUID.randomUUID();
        db().execute("""
                insert into outbox_mail (recipient, subject, text_body, kind, status, attempts, next_attempt_at, created_at, last_error)
                values (?, 'Essai de renvoi', 'Bonjour, ceci est un essai.', 'core/test', 'FAILED', 80, now(), now(), ?)""",
                recipient, error);
        long mailId = db().count("select id from outbox_mail where recipient = ?", recipient);
        WebClient admin = client();
        admin.login(admin(), PASSWORD);

        Page outbox = admin.get("admin/outbox.xhtml");
        assertThat(Long.parseLong(outbox.html().select("#count-FAILED").text())).isPositive();
        assertThat(outbox.body()).doesNotContain(recipient);
        Element row = outbox.html().select("#failed\\:mails_data tr").stream()
                .filter(tr -> tr.text().contains(error)).findFirst().orElseThrow();
        assertThat(row.select(".recipient").text()).isEqualTo("re•••@example.fr");
        assertThat(row.text()).contains("core/test", "80");

        Page retried = admin.follow(outbox.form("failed").submit(row.select("button").attr("name")));

        assertThat(retried.text()).contains("Le courriel est remis dans la file d'envoi");
        assertThat(TestMailServer.subject(TestMailServer.awaitMessages(recipient, 1, Duration.ofSeconds(30)).get(0)))
                .isEqualTo("Essai de renvoi");
        assertThat(db().count("select count(*) from audit_event where action = 'MAIL_RETRIED' and target = ?",
                "mail:" + mailId)).isOne();
    }

    private static Element row(Page page, String key) {
        return page.html().select("tr").stream()
                .filter(tr -> tr.select(".config-key").text().equals(key))
                .findFirst().orElseThrow(() -> new AssertionError("No row for " + key));
    }

    private static TestMembers db() {
        return TestMembers.in(EmbeddedDatabase.dataSource());
    }

    private static String member() {
        String login = "member-" + System.nanoTime() + "@example.fr";
        TestMembers.Created card = db().individual("Console", "Anne", LocalDate.of(1980, 5, 6));
        db().account(card.memberId(), login, PASSWORD);
        return login;
    }

    private static String staff() {
        String login = "staff-" + System.nanoTime() + "@mutuelle.example";
        db().staffAccount(login, PASSWORD);
        return login;
    }

    private static String admin() {
        return db().administrator(PASSWORD);
    }

    private WebClient client() {
        return new WebClient(URI.create(base.toString()));
    }
}
