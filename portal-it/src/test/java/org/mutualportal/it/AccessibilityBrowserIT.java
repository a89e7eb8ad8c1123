package org.mutualportal.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.net.URI;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mutualportal.testing.Accessibility;
import org.mutualportal.testing.Accessibility.Violation;
import org.mutualportal.testing.Accessibility.Waiver;
import org.mutualportal.testing.Browser;
import org.mutualportal.testing.PortalServer;
import org.mutualportal.testing.WebClient;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.Select;

/**
 * Every page a visitor, a member or the mutual's staff can reach passes axe-core's WCAG 2.1 A/AA rules with no
 * serious or critical violation (docs/accessibility.md). The pages are found as a user finds them — the links of the
 * header, the toolbar's sections, the page and the footer, followed from the landing page, the dashboard or the
 * staff console — so that a module's new page is checked without being listed here; a few states only a form
 * reaches (a search with results, a form sent with mistakes, an estimate) are added by hand. One browser for the
 * class: the check is slow, not the pages.
 */
@ExtendWith(PortalServer.class)
class AccessibilityBrowserIT {

    /** More pages than the portal has: a crawl that keeps finding new ones is following a loop. */
    private static final int MAX_PAGES = 120;

    /** Waived rules, each on a library's markup only (none so far: what axe found was fixed in the pages). */
    private static final Waiver[] WAIVERS = {};

    private static Browser browser;

    @BeforeAll
    static void openBrowser() {
        browser = Browser.open();
    }

    @AfterAll
    static void closeBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    @BeforeEach
    void signedOut() {
        browser.go(PortalServer.base());
        browser.driver().manage().deleteAllCookies();
    }

    @Test
    void everyPublicPageHasNoSeriousViolation() {
        Crawl crawl = new Crawl();
        crawl.from("", "login.xhtml", "public/account/register.xhtml", "public/account/forgotten-password.xhtml");
        crawl.state("login.xhtml", "a wrong password", b -> {
            // An unknown identifier gets the same message, and leaves the demo member without a recent failure.
            b.type("input[id='login:identifier']", "personne@example.fr");
            b.type("input[id='login:password']", "Pas-le-bon#2026");
            b.find("button[id='login:submit']").click();
            b.waitForText("Identifiant ou mot de passe incorrect");
        });
        crawl.sentEmpty("public/account/register.xhtml", "button[id='register:submit']");
        crawl.state("public/account/forgotten-password.xhtml", "sent", b -> {
            b.type("input[id='forgotten:login']", "personne@example.fr");
            b.find("button[id='forgotten:submit']").click();
            b.waitFor("#done");
        });

        assertThat(crawl.visited).as("public pages found by following links")
                .contains("/index.xhtml", "/login.xhtml", "/public/account/register.xhtml",
                        "/public/account/forgotten-password.xhtml", "/public/faq/index.xhtml");
        assertNoViolation(crawl);
    }

    @Test
    void everyPageOfTheDemoMemberHasNoSeriousViolation() {
        Crawl crawl = memberPages("marie.leroy@example.fr");
        crawl.state("geolocation/search.xhtml?category=GENERAL_PRACTITIONER&around=position&lat=43.2951&lon=5.3752&radius=1",
                "with results", b -> b.waitFor("#results > li"));
        crawl.sentEmpty("contact/write.xhtml", "input[id='write:submit']");
        crawl.sentEmpty("account/password.xhtml", "button[id='password:save']");
        crawl.sentEmpty("claims/send.xhtml", "input[id='claim:send']");
        crawl.state("contract/estimate.xhtml", "glasses estimated", b -> {
            new Select(b.find("#soin")).selectByValue("optique");
            b.find("#continue").click();
            new Select(b.find("select[id='estimate:frameItem']")).selectByValue("OPT-MONTURE-B");
            b.type("input[id='estimate:framePrice']", "150,00");
            for (String side : List.of("right", "left")) {
                new Select(b.find("select[id='estimate:" + side + "LensItem']")).selectByValue("OPT-VERRE-B-SIMPLE");
                b.type("input[id='estimate:" + side + "LensPrice']", "120");
            }
            b.find("input[id='estimate:compute']").click();
            b.waitFor("#lines");
        });
        crawl.state("reimbursements/search.xhtml", "24 months", b -> {
            new Select(b.find("select[id='criteria:period']")).selectByValue("24");
            b.find("button[id='criteria:submit']").click();
            new org.openqa.selenium.support.ui.WebDriverWait(b.driver(), java.time.Duration.ofSeconds(15))
                    .until(org.openqa.selenium.support.ui.ExpectedConditions.urlContains("period=24"));
            b.waitFor("#results-title");
        });

        assertThat(crawl.visited).as("member pages found by following links")
                .contains("/home.xhtml", "/account/index.xhtml", "/contract/index.xhtml", "/reimbursements/search.xhtml",
                        "/reimbursements/payment.xhtml", "/contact/history.xhtml", "/contact/request.xhtml",
                        "/faq/index.xhtml", "/geolocation/search.xhtml", "/documents/index.xhtml");
        assertNoViolation(crawl);
    }

    @Test
    void thePagesOfACollectiveMemberWithTwoMembershipsHaveNoSeriousViolation() {
        // Karim Benali: the member-number selector in the header and the employer's page of "Ma situation change".
        Crawl crawl = memberPages("karim.benali@example.fr");

        assertThat(crawl.visited).as("pages of a collective member").contains("/home.xhtml", "/employer-managed.xhtml");
        assertNoViolation(crawl);
    }

    @Test
    void thePagesOfAnAdministratorAndAdviserHaveNoSeriousViolation() {
        // Staff sign in with a code mailed for a new device: the HTTP client reads it, the browser takes its session.
        WebClient admin = PortalServer.client();
        admin.login("admin@mutuelle.example", "Administrateur#2026");
        browser.driver().manage().addCookie(new Cookie("JSESSIONID", admin.cookie("JSESSIONID").orElseThrow().getValue(), "/"));
        Crawl crawl = new Crawl();
        crawl.from("staff/index.xhtml", "admin/index.xhtml");

        assertThat(crawl.visited).as("staff and administration pages")
                .contains("/staff/index.xhtml", "/admin/index.xhtml", "/contact/staff/inbox.xhtml", "/admin/modules.xhtml");
        assertNoViolation(crawl);
    }

    @Test
    void theCheckReportsAFieldWithoutLabelAndInvisibleText() {
        // The check itself can fail: axe runs, with the WCAG rules, and its findings reach the test.
        browser.go(PortalServer.base().resolve("login.xhtml"));
        ((JavascriptExecutor) browser.driver()).executeScript("""
                const main = document.getElementById('main');
                main.insertAdjacentHTML('beforeend', '<input type="text" id="unlabelled"><p id="invisible">Texte</p>');
                const text = document.getElementById('invisible');
                text.style.color = '#fff';
                text.style.background = '#fff';""");

        assertThat(browser.accessibilityViolations()).extracting(Violation::rule, v -> v.targets().size())
                .containsExactlyInAnyOrder(tuple("label", 1), tuple("color-contrast", 1));
        assertThat(browser.accessibilityViolations(new Waiver("label", "#unlabelled", "this test's own field"),
                new Waiver("color-contrast", "#invisible", "this test's own text"))).isEmpty();
    }

    /** A demo member (password Adherent#2026) signed in, and every page followed from the dashboard. */
    private static Crawl memberPages(String login) {
        browser.signIn(PortalServer.base(), login, "Adherent#2026");
        Crawl crawl = new Crawl();
        crawl.from("home.xhtml");
        return crawl;
    }

    private static void assertNoViolation(Crawl crawl) {
        assertThat(crawl.violations).withFailMessage("Serious or critical accessibility violations (WCAG 2.1 A/AA, axe-core):%s"
                + "Pages checked: %s", Accessibility.report(crawl.violations), crawl.visited).isEmpty();
    }

    /**
     * Follows the portal's own page links breadth-first, one page per path (one payment stands for all), checks
     * each, and never a download, a sign-out or another site.
     */
    private static final class Crawl {

        /** The pages checked, by path. */
        final Set<String> visited = new LinkedHashSet<>();
        final List<Violation> violations = new ArrayList<>();
        /** The paths asked for, checked or redirected elsewhere (a member page asked for signed out: sign-in). */
        private final Set<String> followed = new LinkedHashSet<>();
        private final Deque<URI> queue = new ArrayDeque<>();
        private final URI base = PortalServer.base();

        void from(String... paths) {
            for (String path : paths) {
                queue.add(base.resolve(path));
            }
            while (!queue.isEmpty()) {
                assertThat(followed).as("pages followed: a crawl this long is following a loop").hasSizeLessThan(MAX_PAGES);
                URI next = queue.poll();
                if (followed.add(key(next))) {
                    browser.go(next);
                    // Redirected (the landing to the dashboard, a protected page to sign-in): the page is the one shown.
                    String shown = key(URI.create(browser.driver().getCurrentUrl()));
                    followed.add(shown);
                    if (visited.add(shown)) {
                        check(shown);
                        links().forEach(queue::add);
                    }
                }
            }
        }

        /** A page in a state only a form reaches, checked as well. */
        void state(String path, String what, Consumer<Browser> reach) {
            browser.go(base.resolve(path));
            reach.accept(browser);
            check(key(URI.create(browser.driver().getCurrentUrl())) + " (" + what + ")");
        }

        /** A form sent without filling it in: its messages next to the fields. */
        void sentEmpty(String path, String submit) {
            state(path, "sent empty", b -> {
                b.find(submit).click();
                b.waitFor(".ui-message-error");
            });
        }

        private void check(String page) {
            assertThat(browser.text()).as("%s answers a page, not the error page", page)
                    .doesNotContain("Une erreur est survenue");
            browser.accessibilityViolations(WAIVERS).forEach(v -> violations.add(
                    new Violation(page, v.rule(), v.impact(), v.help(), v.helpUrl(), v.targets())));
        }

        @SuppressWarnings("unchecked")
        private List<URI> links() {
            List<String> hrefs = (List<String>) ((JavascriptExecutor) browser.driver())
                    .executeScript("return Array.from(document.querySelectorAll('a[href]'), a => a.href)");
            return hrefs.stream().map(URI::create)
                    .filter(u -> base.getAuthority().equals(u.getAuthority()) && "http".equals(u.getScheme()))
                    .filter(u -> u.getPath().endsWith(".xhtml") || u.getPath().equals("/"))
                    .filter(u -> !followed.contains(key(u)))
                    .map(u -> u.resolve(u.getRawPath() + (u.getRawQuery() == null ? "" : "?" + u.getRawQuery())))
                    .toList();
        }

        /** One page per path; the landing page answers at "/" and "/index.xhtml". */
        private static String key(URI uri) {
            String path = uri.getPath();
            return path.equals("/") ? "/index.xhtml" : path;
        }
    }
}
