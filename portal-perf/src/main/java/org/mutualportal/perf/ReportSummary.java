package org.mutualportal.perf;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.StringJoiner;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Prints the figures of a Gatling report that {@code docs/performance.md} records: per step, the count, failures
 * and the p50/p95/p99 latencies; then the throughput of the dashboard, the shell page and the bare page, and their
 * ratios (the goal: dashboard over bare page at least 0.5).
 *
 * <p>Why read the HTML: Gatling 3.15 no longer writes {@code js/stats.json} and its {@code simulation.log} is
 * binary; the statistics table of {@code index.html} is the only text form of the figures. Its columns are fixed
 * by the pinned Gatling version; the summary fails rather than print nothing if the table is not found.
 *
 * <p>Why the throughput is the count divided by the loop's length, not Gatling's "Cnt/s": Gatling divides by the
 * length of the whole simulation, which includes the journey and the other loops. Each loop starts its users
 * together (a rendezvous) and runs for the same {@code perf.loopSeconds}.
 *
 * <p>With the CPU samples and the simulation's marks ({@link CpuPerRequest}), it also prints the CPU time per
 * request of each loop by process, and the same ratios computed on the server's CPU per request (portal and
 * database) instead of the throughput. When the two cores are the limit, a throughput ratio is that of all the
 * CPU per request, the load tool's included; a server ratio leaves the load tool out and does not depend on how
 * much of a shared machine the run got.
 *
 * <p>Usage: {@code ReportSummary <report folder> <loop seconds> [<cpu samples> <marks>]}.
 */
public final class ReportSummary {

    /** A row of the statistics table: the request's name, then the values of columns 2 to 14. */
    private static final Pattern ROW = Pattern.compile(
            "class=\"ellipsed-name\">([^<]+)</span>(.*?)</tr>", Pattern.DOTALL);
    private static final Pattern CELL = Pattern.compile("<td class=\"value [a-z]+ col-(\\d+)\">([^<]*)</td>");

    /** The columns of Gatling 3.15's table. */
    private static final int TOTAL = 2;
    private static final int KO = 4;
    private static final int P50 = 8;
    private static final int P95 = 10;
    private static final int P99 = 11;
    private static final int MAX = 12;
    private static final int MEAN = 13;

    /** The measured loops, by the page names of the simulation; the shell page is absent from older reports. */
    static final String DASHBOARD = "dashboard";
    static final String SHELL = "shell page";
    static final String BARE = "bare page";
    static final double GOAL = 0.5;

    private ReportSummary() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 2 && args.length != 4) {
            System.err.println("Usage: ReportSummary <Gatling report folder> <loop seconds> [<cpu samples> <marks>]");
            System.exit(2);
        }
        Map<String, Map<Integer, String>> rows = read(Path.of(args[0], "index.html"));
        double loopSeconds = Double.parseDouble(args[1]);
        System.out.println("Gatling, per step (ms):");
        System.out.printf(Locale.ROOT, "  %-24s %7s %4s %7s %7s %7s %7s %7s%n", "step", "count", "KO", "p50", "p95", "p99",
                "max", "mean");
        rows.forEach((name, cells) -> System.out.printf(Locale.ROOT, "  %-24s %7s %4s %7s %7s %7s %7s %7s%n", name,
                cells.get(TOTAL), cells.get(KO), cells.get(P50), cells.get(P95), cells.get(P99), cells.get(MAX),
                cells.get(MEAN)));
        Map<String, Long> counts = new LinkedHashMap<>();
        for (String page : List.of(DASHBOARD, SHELL, BARE)) {
            Map<Integer, String> cells = rows.get(page + " (throughput)");
            if (cells != null) {
                counts.put(page, (long) count(cells));
            }
        }
        if (!counts.containsKey(DASHBOARD) || !counts.containsKey(BARE)) {
            return;
        }
        StringJoiner throughput = new StringJoiner(", ", String.format(Locale.ROOT, "Throughput over %.0f s each: ",
                loopSeconds), "");
        counts.forEach((page, count) ->
                throughput.add(String.format(Locale.ROOT, "%s %.1f req/s", page, count / loopSeconds)));
        System.out.println(throughput);
        printRatios("Throughput ratios", page -> (double) counts.get(page), counts.keySet());
        if (args.length == 4) {
            CpuPerRequest cpu = CpuPerRequest.read(Path.of(args[2]), Path.of(args[3]));
            Map<String, CpuPerRequest.Loop> loops = new LinkedHashMap<>();
            counts.forEach((page, count) -> cpu.loop(page, count).ifPresent(loop -> loops.put(page, loop)));
            if (loops.isEmpty()) {
                System.out.println("CPU per request: n/a (no samples or marks around the measured loops)");
                return;
            }
            System.out.println("CPU per request in the measured loops (ms; portal = Payara Micro's JVM, database = "
                    + "PostgreSQL, rest = Gatling and anything else on the machine):");
            for (String page : counts.keySet()) {
                CpuPerRequest.Loop loop = loops.get(page);
                if (loop == null) {
                    System.out.printf(Locale.ROOT, "  %-10s n/a (no samples or marks around its loop)%n", page);
                } else {
                    System.out.printf(Locale.ROOT, "  %-10s portal %5.2f   database %5.2f   rest %5.2f   "
                            + "(%d requests in %.1f s)%n", loop.page(), loop.portal(), loop.database(), loop.rest(),
                            loop.requests(), loop.seconds());
                }
            }
            if (loops.containsKey(DASHBOARD) && loops.containsKey(BARE)) {
                // Requests per CPU-millisecond of the server, so that a ratio reads like the throughput ratios.
                printRatios("Server CPU (portal + database) ratios, requests per CPU time",
                        page -> 1 / loops.get(page).server(), loops.keySet());
            }
        }
    }

    /**
     * The ratio, dashboard over bare page, against the goal; with the shell page, the two parts of it: what
     * the portal adds to any page (shell over bare) and what the dashboard's content costs (dashboard over shell).
     */
    private static void printRatios(String title, Function<String, Double> rate, Set<String> pages) {
        double dashboard = rate.apply(DASHBOARD);
        double bare = rate.apply(BARE);
        System.out.printf(Locale.ROOT, "%s: dashboard / bare page %.2f (%s)", title, dashboard / bare,
                verdict(dashboard / bare));
        if (pages.contains(SHELL)) {
            double shell = rate.apply(SHELL);
            System.out.printf(Locale.ROOT, "; shell page / bare page %.2f (the portal's layout and signed-in request); "
                    + "dashboard / shell page %.2f (the dashboard's content)", shell / bare, dashboard / shell);
        }
        System.out.println();
    }

    private static String verdict(double ratio) {
        return String.format(Locale.ROOT, "goal >= %.1f: %s", GOAL, ratio >= GOAL ? "met" : "NOT met");
    }

    static Map<String, Map<Integer, String>> read(Path index) throws IOException {
        String html = Files.readString(index, StandardCharsets.UTF_8);
        int table = html.indexOf("id=\"container_statistics_body\"");
        Map<String, Map<Integer, String>> rows = new LinkedHashMap<>();
        Matcher row = ROW.matcher(table < 0 ? html : html.substring(table));
        while (row.find()) {
            Map<Integer, String> cells = new LinkedHashMap<>();
            Matcher cell = CELL.matcher(row.group(2));
            while (cell.find()) {
                cells.put(Integer.parseInt(cell.group(1)), cell.group(2).trim());
            }
            if (cells.containsKey(TOTAL) && cells.containsKey(MEAN)) {
                rows.putIfAbsent(row.group(1).trim(), cells);
            }
        }
        if (rows.isEmpty()) {
            throw new IllegalStateException("No statistics table in " + index + " (another Gatling version?)");
        }
        return rows;
    }

    private static double count(Map<Integer, String> cells) {
        return Double.parseDouble(cells.get(TOTAL).replace(",", ""));
    }
}
