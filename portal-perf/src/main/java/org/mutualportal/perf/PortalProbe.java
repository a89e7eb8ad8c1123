package org.mutualportal.perf;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.mutualportal.perf.client.MemberBrowser;

/**
 * Measurements that a load test does not give, run by {@code scripts/benchmark.sh} against the running portal:
 * <ul>
 * <li>{@code search}: one member alone, the payment search (24 months) and the dashboard timed many times in a
 * row, and the statement PDF — the time of the request itself, without contention, to compare data volumes (the "10 k vs 10 M
 * lines" goal: flat). Prints the number of lines in the database beside the figures.</li>
 * <li>{@code sessions}: signs in several members, each opens the dashboard, a search and a payment, then asks the
 * bare WAR's probe for the serialized size of the portal's sessions (and of the bare page's, for comparison).</li>
 * </ul>
 * Options: {@code --portal} (http://127.0.0.1:8080), {@code --db}, {@code --accounts-file}
 * (target/perf/accounts.csv), {@code --runs} (100), {@code --members} (20), {@code --member} (1: the account line
 * used by {@code search}).
 */
public final class PortalProbe {

    /** The statement of the journey's last step (the Gatling scenario asks for the same). */
    private static final String STATEMENT = "/reimbursements/download/releves.pdf?period=24&payee=MEMBER";

    private PortalProbe() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length == 0) {
            System.err.println("Usage: PortalProbe search|sessions [--name value]...");
            System.exit(2);
        }
        Options options = Options.parse(Arrays.copyOfRange(args, 1, args.length));
        URI portal = URI.create(options.text("portal", "http://127.0.0.1:8080"));
        List<String[]> accounts = Files.readAllLines(Path.of(options.text("accounts-file", "target/perf/accounts.csv")))
                .stream().skip(1).map(line -> line.split(",", 2)).toList();
        switch (args[0]) {
            case "search" -> search(portal, accounts.get(options.integer("member", 1) - 1), options.integer("runs", 100),
                    options.text("db", "jdbc:postgresql://127.0.0.1:15499/portal"));
            case "sessions" -> sessions(portal, accounts, options.integer("members", 20));
            default -> throw new IllegalArgumentException("Unknown probe " + args[0]);
        }
    }

    private static void search(URI portal, String[] account, int runs, String db) throws Exception {
        MemberBrowser browser = new MemberBrowser(portal);
        browser.login(account[0], account[1]);
        String page = browser.get("/reimbursements/search.xhtml?period=24");
        String detail = MemberBrowser.firstDetail(page);
        for (int i = 0; i < 20; i++) { // warm-up: JIT, caches
            browser.get("/reimbursements/search.xhtml?period=24");
            browser.get("/home.xhtml");
        }
        List<Double> search = new ArrayList<>();
        List<Double> dashboard = new ArrayList<>();
        List<Double> paymentDetail = new ArrayList<>();
        List<Double> statementPdf = new ArrayList<>();
        int pdfBytes = browser.bytes(STATEMENT).length;
        for (int i = 0; i < runs; i++) {
            search.add(time(browser, "/reimbursements/search.xhtml?period=24"));
            dashboard.add(time(browser, "/home.xhtml"));
            paymentDetail.add(time(browser, detail));
            if (i % 4 == 0) { // a quarter as many: a PDF costs more and members ask for fewer
                statementPdf.add(time(browser, STATEMENT));
            }
        }
        try (Connection connection = DriverManager.getConnection(db, "portal", "portal");
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("""
                        select (select count(*) from reimb_line), (select count(*) from reimb_payment),
                               (select count(*) from member)""")) {
            rows.next();
            System.out.printf(Locale.ROOT, "Database: %,d payment lines, %,d payments, %,d members%n", rows.getLong(1),
                    rows.getLong(2), rows.getLong(3));
        }
        System.out.printf(Locale.ROOT, "One member alone (%s), %d runs each, after 20 warm-up runs:%n", account[0], runs);
        System.out.printf(Locale.ROOT, "  search, 24 months  %s%n", percentiles(search));
        System.out.printf(Locale.ROOT, "  dashboard          %s%n", percentiles(dashboard));
        System.out.printf(Locale.ROOT, "  payment detail     %s%n", percentiles(paymentDetail));
        System.out.printf(Locale.ROOT, "  statement PDF      %s  (%d runs, %,d bytes, period 24 months)%n",
                percentiles(statementPdf), statementPdf.size(), pdfBytes);
    }

    private static double time(MemberBrowser browser, String path) throws Exception {
        long start = System.nanoTime();
        browser.bytes(path);
        return (System.nanoTime() - start) / 1e6;
    }

    private static void sessions(URI portal, List<String[]> accounts, int members) throws Exception {
        List<MemberBrowser> keep = new ArrayList<>();
        for (int i = 0; i < members && i < accounts.size(); i++) {
            MemberBrowser browser = new MemberBrowser(portal);
            browser.login(accounts.get(i)[0], accounts.get(i)[1]);
            String search = browser.get("/reimbursements/search.xhtml?period=24");
            browser.get(MemberBrowser.firstDetail(search));
            browser.get("/home.xhtml");
            keep.add(browser);
        }
        for (int i = 0; i < members; i++) {
            MemberBrowser bare = new MemberBrowser(portal);
            bare.get("/bare/index.xhtml");
            keep.add(bare);
        }
        MemberBrowser probe = new MemberBrowser(portal);
        System.out.printf("%d members signed in, each after dashboard, search (24 months), payment detail, dashboard:%n", members);
        System.out.print(probe.get("/bare/probe/sessions?context=/"));
        System.out.printf("%nThe bare page's sessions (%d browsers, one GET each), for comparison:%n", members);
        System.out.print(probe.get("/bare/probe/sessions?context=/bare"));
    }

    static String percentiles(List<Double> millis) {
        double[] sorted = millis.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        return String.format(Locale.ROOT, "p50 %7.1f ms   p95 %7.1f ms   p99 %7.1f ms   max %7.1f ms", at(sorted, 0.50),
                at(sorted, 0.95), at(sorted, 0.99), sorted[sorted.length - 1]);
    }

    private static double at(double[] sorted, double quantile) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(quantile * sorted.length) - 1)];
    }
}
