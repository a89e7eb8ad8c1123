package org.mutualportal.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.mutualportal.testing.EmbeddedDatabase;
import org.mutualportal.testing.PayaraServerDomain;
import org.mutualportal.testing.TestMailServer;
import org.mutualportal.testing.WebClient;
import org.mutualportal.testing.WebClient.Page;

/**
 * The WAR as the mutual's staff run it: on Payara Server 6 (the distribution of the Maven repository, unpacked by
 * portal-it's pom), in a domain of its own, configured, deployed, redeployed, deployed without a module and
 * undeployed with the README's commands ({@code scripts/payara-server.sh}), against a real PostgreSQL and SMTP
 * server. The steps follow one another as an administrator takes them, hence the order.
 *
 * <p>The domain's ports start at {@value #PORT_BASE} (HTTP on 28080, administration on 28048), below the range the
 * other tests' free ports are taken from. Commands and their output: {@code target/payara-server-logs/asadmin.log};
 * the server's log: {@code target/payara-domains/portal/logs/server.log}.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PayaraServerDeploymentIT {

    private static final int PORT_BASE = 28000;
    private static final Duration DEPLOYMENT = Duration.ofMinutes(5);
    private static final Duration READY = Duration.ofMinutes(2);
    private static final String MARIE = "marie.leroy@example.fr";
    private static final String MEMBER_PASSWORD = "Adherent#2026";
    private static final String ADMIN = "admin@mutuelle.example";
    private static final String ADMIN_PASSWORD = "Administrateur#2026";

    private static final Path HOME = Path.of(System.getProperty("payara.server.home", "target/payara-server/payara6"));
    private static final Path WAR = Path.of(System.getProperty("payara.server.war", "target/payara-server/portal.war"))
            .toAbsolutePath();

    /** Payara's report of JasperReports' per-thread caches: a compiled template's class, the missing fonts. */
    private static final Pattern JASPER_THREAD_LOCAL = Pattern.compile("created a ThreadLocal with key of type "
            + "(\\[java\\.lang\\.ThreadLocal\\] \\(value \\[[^]]*\\]\\) and a value of type \\[java\\.lang\\.Class\\] "
            + "\\(value \\[class \\w+_[0-9a-f]{64}\\]\\)|\\[net\\.sf\\.jasperreports\\.engine\\.fonts\\.FontUtil\\$1\\]).* "
            + "but failed to remove it when the web application was stopped\\. Threads are going to be renewed");

    private static PayaraServerDomain domain;

    @BeforeAll
    static void startADomainConfiguredAsTheReadmeSays() throws IOException {
        String databaseUrl = EmbeddedDatabase.start();
        int mailPort = TestMailServer.start();
        domain = PayaraServerDomain.start(HOME, Path.of("target/payara-domains"), PORT_BASE, Path.of("target/payara-server-logs"));
        // README, "Payara Server": the heap, then the configuration file, before the first deployment.
        domain.script(Duration.ofMinutes(1), "memory", "768m").orFail();
        domain.restart();
        Path configuration = Path.of("target/payara-server-logs/portal.properties").toAbsolutePath();
        Files.writeString(configuration, String.join("\n",
                "# The portal's configuration as README's example file, with this test's database and mail server",
                "portal.db.url=" + databaseUrl,
                "portal.db.user=portal",
                "portal.db.password=portal",
                "portal.base-url=" + domain.base().toString().replaceAll("/$", ""),
                "portal.mail.host=localhost",
                "portal.mail.port=" + mailPort,
                "portal.demo-data=true",
                ""));
        domain.script(Duration.ofMinutes(2), "configure", configuration.toString()).orFail();
    }

    @AfterAll
    static void stopTheDomain() {
        if (domain != null) {
            domain.close();
            assertThat(domain.serverProcess()).as("Payara Server's process after stop-domain").isEmpty();
        }
    }

    @Test
    @Order(1)
    void theWarDeploysAndMembersAndStaffSignIn() throws SQLException {
        domain.script(DEPLOYMENT, "deploy", WAR.toString()).orFail();
        domain.awaitReady(READY);

        WebClient marie = assertMemberSignsIn();
        // PDFs need the fonts and a headless AWT: the domain's JVM has them as Payara Micro's has.
        byte[] card = marie.bytes("documents/download/carte-tiers-payant.pdf");
        assertThat(new String(card, 0, Math.min(5, card.length), StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
        WebClient visitor = new WebClient(domain.base());
        Page login = visitor.get("login.xhtml");
        assertThat(login.headers("Set-Cookie")).as("the session cookie as payara-web.xml sets it").anySatisfy(cookie -> assertThat(cookie)
                .startsWith("JSESSIONID=").contains("Path=/", "HttpOnly").containsIgnoringCase("SameSite=Lax"));
        assertThat(visitor.get("faq/index.xhtml").status()).as("a member page, signed out").isEqualTo(302);
        // Compression and versioned caching are the WAR's own: nothing was set on the server for them (README).
        HttpResponse<byte[]> css = send(HttpRequest.newBuilder(
                domain.base().resolve(login.html().select("link[href*=portal.css]").attr("href")))
                .header("Accept-Encoding", "gzip").build());
        assertThat(css.headers().firstValue("Content-Encoding")).as("the stylesheet, gzipped").hasValue("gzip");
        assertThat(css.headers().firstValue("Cache-Control")).as("its versioned address, cached")
                .hasValue("public, max-age=31536000, immutable");

        // Staff sign in from a new browser with a code sent by e-mail: the mail settings reached the portal.
        WebClient admin = new WebClient(domain.base());
        Page landing = admin.login(ADMIN, ADMIN_PASSWORD);
        assertThat(landing.uri().getPath()).isEqualTo("/admin/index.xhtml");
        Page configuration = admin.get("admin/configuration.xhtml");
        assertThat(configuration.status()).isEqualTo(200);
        Element url = row(configuration, "portal.db.url");
        assertThat(url.select(".config-value").text()).isEqualTo(EmbeddedDatabase.start());
        assertThat(Integer.parseInt(url.select(".config-ordinal").text())).as("the domain's config source, over the WAR's defaults")
                .isGreaterThan(100);
        Element password = row(configuration, "portal.db.password");
        assertThat(password.select(".config-value").text()).isEqualTo("•••• (défini)");
        assertThat(Integer.parseInt(password.select(".config-ordinal").text())).as("the password alias store").isGreaterThan(100);

        assertThat(count("select count(*) from flyway_history_faq where success")).as("the FAQ module migrated").isPositive();
    }

    @Test
    @Order(2)
    void theDomainRestartedServesThePortalAgainByItself() {
        domain.restart();
        domain.awaitReady(READY);

        assertMemberSignsIn();
    }

    @Test
    @Order(3)
    void redeployingTheSameWarKeepsTheDataAndTheMembersSignedIn() throws SQLException {
        long members = count("select count(*) from member");
        long migrations = count("select count(*) from flyway_history_core");
        WebClient signedIn = assertMemberSignsIn();

        domain.script(DEPLOYMENT, "deploy", WAR.toString()).orFail();
        domain.awaitReady(READY);

        Page home = signedIn.get("home.xhtml");
        assertThat(home.status()).as("the session kept across the deployment (--keepstate)").isEqualTo(200);
        assertThat(home.text()).contains("Marie");
        assertMemberSignsIn();
        assertThat(count("select count(*) from member")).as("demo data loaded once").isEqualTo(members);
        assertThat(count("select count(*) from flyway_history_core")).as("nothing migrated twice").isEqualTo(migrations);
    }

    @Test
    @Order(4)
    void aWarWithoutTheFaqModuleAnswers404ForItsPagesAndLeavesItsTables() throws IOException, SQLException {
        long questions = count("select count(*) from faq_question");
        assertThat(questions).as("the demo FAQ").isPositive();
        Path withoutFaq = WAR.resolveSibling("portal-without-faq.war");
        Files.copy(WAR, withoutFaq, StandardCopyOption.REPLACE_EXISTING);
        WebClient readerOfTheFaq = assertMemberSignsIn();
        // Removing a module is removing its JAR from WEB-INF/lib (README, "Modules").
        try (FileSystem zip = FileSystems.newFileSystem(withoutFaq)) {
            Files.delete(zip.getPath("WEB-INF/lib/module-faq.jar"));
        }

        domain.script(DEPLOYMENT, "deploy", withoutFaq.toString()).orFail();
        domain.awaitReady(READY);

        // Her session held the FAQ's beans, which the new WAR lacks: Payara drops the sessions, never a 500.
        Page after = readerOfTheFaq.get("home.xhtml");
        assertThat(after.status()).as(after.text()).isIn(200, 302);
        if (after.status() == 302) {
            assertThat(after.location()).contains("/login.xhtml");
        }

        WebClient marie = new WebClient(domain.base());
        Page home = marie.login(MARIE, MEMBER_PASSWORD);
        assertThat(home.uri().getPath()).isEqualTo("/home.xhtml");
        assertThat(home.html().select("a[href*=/faq/]")).as("no link to the FAQ").isEmpty();
        assertThat(marie.get("faq/index.xhtml").status()).isEqualTo(404);
        assertThat(marie.get("public/faq/index.xhtml").status()).isEqualTo(404);
        for (String page : List.of("reimbursements/search.xhtml", "contract/index.xhtml", "contact/write.xhtml", "account/index.xhtml")) {
            assertThat(marie.get(page).status()).as(page).isEqualTo(200);
        }
        assertThat(count("select count(*) from faq_question")).as("the module's tables stay").isEqualTo(questions);

        // Putting the JAR back brings the module back with its data.
        domain.script(DEPLOYMENT, "deploy", WAR.toString()).orFail();
        domain.awaitReady(READY);
        WebClient again = new WebClient(domain.base());
        again.login(MARIE, MEMBER_PASSWORD);
        Page faq = again.get("faq/index.xhtml");
        assertThat(faq.status()).isEqualTo(200);
        assertThat(faq.html().select("details[data-question]")).hasSize((int) count(
                "select count(*) from faq_question where published"));
    }

    @Test
    @Order(5)
    void undeployingLeavesNoPortalPageBehind() {
        domain.script(DEPLOYMENT, "undeploy").orFail();

        WebClient browser = new WebClient(domain.base());
        for (String page : List.of("login.xhtml", "home.xhtml", "public/faq/index.xhtml", "api/v1/requests")) {
            assertThat(browser.get(page).status()).as(page).isEqualTo(404);
        }
        // /health is Payara Server's own endpoint, over every application of the server: none is left.
        Page health = browser.get("health/ready");
        assertThat(health.status()).isEqualTo(503);
        assertThat(health.body()).contains("No Application deployed");
        assertThat(domain.asadmin(Duration.ofMinutes(1), "list-applications").orFail().output()).doesNotContain("portal ");
        // JasperReports keeps per-thread caches (the last compiled expression class, missing fonts) that it never
        // removes: Payara reports them when the portal stops after a PDF, and renews those threads itself
        // (docs/stack-notes.md, "Payara Server"). Any other error fails.
        List<String> severe = domain.severeEntries().stream().filter(entry -> !JASPER_THREAD_LOCAL.matcher(entry).find()).toList();
        assertThat(severe).as("errors in target/payara-domains/portal/logs/server.log").isEmpty();
    }

    private static WebClient assertMemberSignsIn() {
        WebClient marie = new WebClient(domain.base());
        Page home = marie.login(MARIE, MEMBER_PASSWORD);
        assertThat(home.uri().getPath()).as(home.text()).isEqualTo("/home.xhtml");
        assertThat(home.text()).contains("Marie");
        assertThat(marie.get("faq/index.xhtml").status()).isEqualTo(200);
        return marie;
    }

    private static Element row(Page page, String key) {
        return page.html().select("tr").stream().filter(tr -> tr.select(".config-key").text().equals(key)).findFirst()
                .orElseThrow(() -> new AssertionError("No row for " + key));
    }

    private static long count(String sql) throws SQLException {
        try (Connection connection = EmbeddedDatabase.dataSource().getConnection();
                Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery(sql)) {
            result.next();
            return result.getLong(1);
        }
    }

    private static HttpResponse<byte[]> send(HttpRequest request) {
        try {
            return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
