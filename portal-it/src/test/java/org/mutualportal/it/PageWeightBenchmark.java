package org.mutualportal.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.ToDoubleFunction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mutualportal.testing.Browser;
import org.mutualportal.testing.PageWeight;
import org.mutualportal.testing.PageWeight.Measure;
import org.mutualportal.testing.PageWeight.Network;
import org.mutualportal.testing.PortalServer;

/**
 * The page-weight benchmark of issue 22 — not a test of the build (its name is not an IT's, failsafe runs it only
 * when asked): six pages a member opens, with an empty cache and a warm one (a page not seen yet, after another page
 * filled the cache), unthrottled and on a slow 4G, on a phone's screen. Writes {@code target/page-weight.md} (the
 * medians of {@code benchmark.runs} runs) and {@code target/page-weight-resources.md} (every resource of each page,
 * empty cache). Asserts only that each page answered. Command and figures: docs/performance.md.
 */
@ExtendWith(PortalServer.class)
class PageWeightBenchmark {

    private static final String MEMBER = "marie.leroy@example.fr";
    private static final String PASSWORD = "Adherent#2026";
    /** The page opened before a measured one to fill the cache, one a visitor or a member sees but not measured. */
    private static final String PUBLIC_PRIMER = "public/account/forgotten-password.xhtml";
    private static final String MEMBER_PRIMER = "account/index.xhtml";

    private final URI base = PortalServer.base();

    @Test
    void measure() throws IOException {
        int runs = Integer.getInteger("benchmark.runs", 3);
        Map<String, List<Measure>> rows = new LinkedHashMap<>();
        List<Measure> details = new ArrayList<>();
        try (Browser browser = Browser.open()) {
            for (int run = 0; run < runs; run++) {
                for (Network network : Network.values()) {
                    PageWeight.emulate(browser, network);
                    browser.driver().manage().deleteAllCookies();
                    Map<String, URI> publicPages = new LinkedHashMap<>();
                    publicPages.put("landing", base);
                    publicPages.put("sign-in", base.resolve("login.xhtml"));
                    measureAll(browser, network, publicPages, PUBLIC_PRIMER, rows, details, run);

                    browser.signIn(base, MEMBER, PASSWORD);
                    Map<String, URI> memberPages = new LinkedHashMap<>();
                    memberPages.put("dashboard", base.resolve("home.xhtml"));
                    memberPages.put("payment search", base.resolve("reimbursements/search.xhtml"));
                    memberPages.put("payment detail", paymentDetail(browser));
                    memberPages.put("contract", base.resolve("contract/index.xhtml"));
                    measureAll(browser, network, memberPages, MEMBER_PRIMER, rows, details, run);
                }
            }
        }
        Path target = Path.of("target");
        Files.createDirectories(target);
        String table = table(rows, runs);
        Files.writeString(target.resolve("page-weight.md"), table);
        Files.writeString(target.resolve("page-weight-resources.md"), resources(details));
        System.out.println(table);
        rows.values().forEach(measures -> assertThat(measures).allSatisfy(m -> assertThat(m.requests())
                .as("%s reached the network", m.page()).isPositive()));
    }

    private void measureAll(Browser browser, Network network, Map<String, URI> pages, String primer,
            Map<String, List<Measure>> rows, List<Measure> details, int run) {
        pages.forEach((name, page) -> {
            PageWeight.clearCache(browser);
            Measure empty = PageWeight.open(browser, page);
            assertThat(browser.text()).as("%s answers a page", name).doesNotContain("Une erreur est survenue");
            rows.computeIfAbsent(key(name, network, "empty"), k -> new ArrayList<>()).add(empty);
            if (run == 0 && network == Network.UNTHROTTLED) {
                details.add(empty);
            }
            PageWeight.clearCache(browser);
            browser.go(base.resolve(primer));
            browser.settle();
            Measure warm = PageWeight.open(browser, page);
            rows.computeIfAbsent(key(name, network, "warm"), k -> new ArrayList<>()).add(warm);
        });
    }

    /** The first payment of the member's search: the detail page needs a payment's id. */
    private URI paymentDetail(Browser browser) {
        browser.go(base.resolve("reimbursements/search.xhtml"));
        return URI.create(browser.find("a[href*='payment.xhtml']").getAttribute("href"));
    }

    private static String key(String page, Network network, String cache) {
        return page + " | " + network.label() + " | " + cache;
    }

    private static String table(Map<String, List<Measure>> rows, int runs) {
        StringBuilder out = new StringBuilder("Medians of " + runs + " run(s); bytes = Resource Timing transferSize "
                + "(headers + body as sent) of the document and every resource; requests = those that reached the "
                + "network; phone screen 375 × 812.\n\n"
                + "| page | network | cache | requests | kB on the wire | of which JS | CSS | fonts | images | LCP (s) | CLS |\n"
                + "|---|---|---|---:|---:|---:|---:|---:|---:|---:|---:|\n");
        rows.forEach((key, measures) -> out.append(String.format(Locale.ROOT,
                "| %s | %.0f | %.1f | %.1f | %.1f | %.1f | %.1f | %.2f | %.3f |%n", key,
                median(measures, m -> m.requests()), median(measures, m -> m.bytes()) / 1000,
                median(measures, m -> m.bytes("js")) / 1000, median(measures, m -> m.bytes("css")) / 1000,
                median(measures, m -> m.bytes("font")) / 1000, median(measures, m -> m.bytes("image")) / 1000,
                median(measures, Measure::lcpMs) / 1000, median(measures, Measure::cls))));
        return out.toString();
    }

    private static String resources(List<Measure> details) {
        StringBuilder out = new StringBuilder("Every resource, empty cache, unthrottled (first run).\n");
        for (Measure m : details) {
            out.append("\n## ").append(m.page().getPath()).append("\n\n| resource | kind | transfer | body sent | body |\n|---|---|---:|---:|---:|\n");
            m.resources().stream().sorted(Comparator.comparingLong(PageWeight.Resource::transferSize).reversed())
                    .forEach(r -> out.append(String.format(Locale.ROOT, "| %s | %s | %d | %d | %d |%n",
                            URI.create(r.url()).getRawPath() + (URI.create(r.url()).getRawQuery() == null ? ""
                                    : "?" + URI.create(r.url()).getRawQuery()),
                            r.kind(), r.transferSize(), r.encodedSize(), r.decodedSize())));
        }
        return out.toString();
    }

    private static double median(List<Measure> measures, ToDoubleFunction<Measure> figure) {
        double[] values = measures.stream().mapToDouble(figure).sorted().toArray();
        int middle = values.length / 2;
        return values.length % 2 == 1 ? values[middle] : (values[middle - 1] + values[middle]) / 2;
    }
}
