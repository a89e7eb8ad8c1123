package org.mutualportal.perf.load;

import static io.gatling.javaapi.core.CoreDsl.atOnceUsers;
import static io.gatling.javaapi.core.CoreDsl.bodyLength;
import static io.gatling.javaapi.core.CoreDsl.constantConcurrentUsers;
import static io.gatling.javaapi.core.CoreDsl.css;
import static io.gatling.javaapi.core.CoreDsl.csv;
import static io.gatling.javaapi.core.CoreDsl.during;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.global;
import static io.gatling.javaapi.core.CoreDsl.regex;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.core.CoreDsl.substring;
import static io.gatling.javaapi.http.HttpDsl.header;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.CheckBuilder;
import io.gatling.javaapi.core.FeederBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Session;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The portal under load, then the bare PrimeFaces page of the same Payara Micro, in one run (issue 11):
 * <ol>
 * <li><b>journey</b> — members sign in, open the dashboard, search their payments (24 months), open the first
 * payment, download the statement PDF of the period and sign out; {@code perf.journeyUsers} members at once
 * (closed model: a member who finishes is replaced) for {@code perf.journeySeconds}. Per-step percentiles in the
 * report.</li>
 * <li><b>dashboard throughput</b> — {@code perf.loopUsers} members signed in reload the dashboard without pause,
 * first for {@code perf.warmupSeconds} unmeasured ("warm-up"), then for {@code perf.loopSeconds}: the requests per
 * second the server sustains.</li>
 * <li><b>shell page throughput</b> — as many members reload the shell page ({@code /perf-probe/shell.xhtml}): the
 * bare page's panel, form and table inside the portal's signed-in layout, a page the benchmark adds to the portal
 * as a module JAR (portal-perf/src/probe).</li>
 * <li><b>bare page throughput</b> — as many browsers reload the bare page ({@code /bare/index.xhtml}) the same
 * way for the same times.</li>
 * </ol>
 * Ratios of the three: dashboard over bare page is the goal (at least one half); shell page over bare page
 * is what the portal adds to any page (sign-in check, member context, header, toolbar); dashboard over shell page
 * is what the dashboard's content costs.
 * Why the warm-up: on two cores the JIT compilers take minutes to compile a page's code paths, and they share the
 * cores with the requests. Measured cold, the bare page served 460 to 740 requests per second from one run to the
 * next; after one minute of warm-up, 1 084. A cold ratio says more about which page the JIT reached first than
 * about the portal. The dashboard runs far more code than the bare page (Weld, EclipseLink, the JDBC driver): its
 * CPU per request came down to its steady state only after about 30 000 requests, more than 120 s gave it, hence
 * 300 s.
 * Pages only (HTML), no static resources: a browser caches those. Every request checks its answer; the run fails
 * if any request fails.
 *
 * <p>Properties: {@code perf.portal} (http://127.0.0.1:8080), {@code perf.accounts} (target/perf/accounts.csv,
 * written by the generator), {@code perf.journeyUsers} (20), {@code perf.journeySeconds} (60),
 * {@code perf.loopUsers} (20), {@code perf.warmupSeconds} (300), {@code perf.loopSeconds} (30),
 * {@code perf.barePath} (/bare/index.xhtml), {@code perf.shellPath} (/perf-probe/shell.xhtml), {@code perf.marks}
 * (none): a file where the simulation writes when each measured loop starts and ends
 * ({@code <epoch ms> <page> start|end}), so that {@code scripts/benchmark.sh} can tell the CPU time each process
 * spent in that loop.
 */
public class PortalSimulation extends Simulation {

    static final String PORTAL = System.getProperty("perf.portal", "http://127.0.0.1:8080");
    static final String ACCOUNTS = System.getProperty("perf.accounts", "target/perf/accounts.csv");
    static final int JOURNEY_USERS = Integer.getInteger("perf.journeyUsers", 20);
    static final int JOURNEY_SECONDS = Integer.getInteger("perf.journeySeconds", 60);
    static final int LOOP_USERS = Integer.getInteger("perf.loopUsers", 20);
    static final int WARMUP_SECONDS = Integer.getInteger("perf.warmupSeconds", 300);
    static final int LOOP_SECONDS = Integer.getInteger("perf.loopSeconds", 30);
    static final String BARE = System.getProperty("perf.barePath", "/bare/index.xhtml");
    static final String SHELL = System.getProperty("perf.shellPath", "/perf-probe/shell.xhtml");
    static final String MARKS = System.getProperty("perf.marks", "");

    /** The view state and CSP nonce of a page, which the next form submission must send back. */
    static final CheckBuilder VIEW_STATE = regex("name=\"jakarta\\.faces\\.ViewState\"[^>]*?value=\"([^\"]*)\"").saveAs("viewState");
    static final CheckBuilder NONCE = regex("<script[^>]*?nonce=\"([^\"]+)\"").saveAs("nonce");

    final HttpProtocolBuilder protocol = http.baseUrl(PORTAL)
            .acceptHeader("text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8")
            .acceptLanguageHeader("fr-FR,fr;q=0.9")
            .acceptEncodingHeader("gzip, deflate")
            .userAgentHeader("portal-perf (Gatling)");

    final FeederBuilder<String> members = csv(ACCOUNTS).circular();

    final ChainBuilder signIn = exec(
            http("login page").get("/login.xhtml").check(status().is(200), VIEW_STATE, NONCE),
            http("sign-in").post("/login.xhtml")
                    .formParam("login", "login")
                    .formParam("login:identifier", "#{login}")
                    .formParam("login:password", "#{password}")
                    .formParam("login:submit", "login:submit")
                    .formParam("jakarta.faces.ViewState", "#{viewState}")
                    .formParam("primefaces.nonce", "#{nonce}")
                    .disableFollowRedirect()
                    .check(status().is(302), header("Location").transform(l -> l.endsWith("/home.xhtml")).is(true)));

    /** "Déconnexion", the header form's link, from the page last opened (its form action, view state and nonce). */
    final ChainBuilder signOut = exec(
            http("sign-out").post("#{headerAction}")
                    .formParam("header", "header")
                    .formParam("header:logout", "header:logout")
                    .formParam("jakarta.faces.ViewState", "#{viewState}")
                    .formParam("primefaces.nonce", "#{nonce}")
                    .disableFollowRedirect()
                    .check(status().is(302), header("Location").transform(l -> l.contains("bye=1")).is(true)));

    final ScenarioBuilder journey = scenario("journey")
            .feed(members)
            .exec(signIn)
            .exec(http("dashboard").get("/home.xhtml").check(status().is(200), substring("header:logout")))
            .exec(http("payment search").get("/reimbursements/search.xhtml?period=24")
                    .check(status().is(200), css("a.detail-link", "href").saveAs("detail")))
            .exec(http("payment detail").get("#{detail}")
                    .check(status().is(200), substring("id=\"lines\""), css("form#header", "action").saveAs("headerAction"),
                            VIEW_STATE, NONCE))
            .exec(http("statement PDF").get("/reimbursements/download/releves.pdf?period=24&payee=MEMBER")
                    .check(status().is(200), header("Content-Type").transform(t -> t.startsWith("application/pdf")).is(true),
                            bodyLength().gt(1_000)))
            .exec(signOut);

    final ScenarioBuilder dashboardLoop = signedInReloads("dashboard", "/home.xhtml", "header:logout");

    /** The bare page's content in the portal's layout, for a signed-in member (the shell probe, src/probe). */
    final ScenarioBuilder shellLoop = signedInReloads("shell page", SHELL, "bare-table");

    final ScenarioBuilder bareLoop = scenario("bare page throughput")
            .exec(reloads("bare page", BARE, "bare-table"));

    /** Members sign in, reload a page of the portal (see {@link #reloads}), then sign out from that page. */
    ScenarioBuilder signedInReloads(String page, String path, String marker) {
        return scenario(page + " throughput")
                .feed(members)
                .exec(signIn)
                .exec(reloads(page, path, marker))
                .exec(session -> session.set("headerAction", path))
                .exec(signOut);
    }

    /**
     * A page reloaded without pause: "(warm-up)" requests for {@code perf.warmupSeconds}, then, once every user is
     * there, "(throughput)" requests for {@code perf.loopSeconds} — the ones the summary counts.
     */
    static ChainBuilder reloads(String page, String path, String marker) {
        return during(Duration.ofSeconds(WARMUP_SECONDS)).on(
                        exec(http(page + " (warm-up)").get(path).check(status().is(200), substring(marker))))
                .rendezVous(LOOP_USERS)
                .exec(session -> mark(session, page + " start"))
                .during(Duration.ofSeconds(LOOP_SECONDS)).on(
                        exec(http(page + " (throughput)").get(path)
                                .check(status().is(200), substring(marker), VIEW_STATE, NONCE)))
                .exec(session -> mark(session, page + " end"));
    }

    private static final Set<String> MARKED = ConcurrentHashMap.newKeySet();

    /**
     * Writes the first passage of any user at a point of the scenario: the loop starts when the rendezvous lets
     * every user in at once, and ends, near enough, when the first one leaves it (all leave within one request).
     */
    static Session mark(Session session, String point) {
        if (!MARKS.isEmpty() && MARKED.add(point)) {
            try {
                Files.writeString(Path.of(MARKS), System.currentTimeMillis() + " " + point + "\n", StandardCharsets.UTF_8,
                        StandardOpenOption.CREATE, StandardOpenOption.APPEND);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return session;
    }

    {
        setUp(journey.injectClosed(constantConcurrentUsers(JOURNEY_USERS).during(Duration.ofSeconds(JOURNEY_SECONDS)))
                .andThen(dashboardLoop.injectOpen(atOnceUsers(LOOP_USERS))
                        .andThen(shellLoop.injectOpen(atOnceUsers(LOOP_USERS))
                                .andThen(bareLoop.injectOpen(atOnceUsers(LOOP_USERS))))))
                .protocols(protocol)
                .assertions(global().failedRequests().count().is(0L));
    }
}
