package org.mutualportal.core.security.source;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import javax.sql.DataSource;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.mutualportal.core.testing.ApiCalls;
import org.mutualportal.core.testing.PasswordWork;
import org.mutualportal.core.testing.ShiftedClock;
import org.mutualportal.core.testing.TestMembers;
import org.mutualportal.testing.PortalDeployment;
import org.mutualportal.testing.PortalTest;
import org.mutualportal.testing.WebClient;
import org.mutualportal.testing.WebClient.Page;

/**
 * Per-source limits on Payara Micro, with the documented default thresholds (20 failures in 10 minutes slow an
 * address down, 50 refuse it for 15 minutes; a /24 block five times as many). The portal trusts the loopback
 * address as its proxy, so the tests speak for clients at other addresses by writing {@code X-Forwarded-For}
 * as a proxy would; one test connects from another loopback address, a peer the portal does not trust, whose
 * header must be ignored. Time moves with the portal's test clock; the password work is read from the
 * portal's own metric ({@code portal.password.computations}), so "refused without a verification" is counted,
 * not timed. Runs inside the container (the clock and the metrics are its own), clients over real HTTP. An
 * address with three recent failed sign-ins is one "with recent failures" (as configured here), whose right
 * passwords from new browsers are confirmed by the e-mailed code (read from the outbox, in here).
 */
@PortalTest
class SourceLimitsIT {

    private static final String PASSWORD = "Sources#Test2026";
    private static final String FAILED = "Identifiant ou mot de passe incorrect.";

    @Deployment
    static WebArchive deployment() {
        return PortalDeployment.module()
                .withClasses(PasswordWork.class, ShiftedClock.class, TestMembers.class, TestMembers.Created.class, ApiCalls.class,
                        ApiCalls.Answer.class)
                .withConfig("portal.security.trusted-proxies", "127.0.0.1,::1")
                // The documented defaults (the other tests' deployments raise them: every test comes from 127.0.0.1).
                .withConfig("portal.security.source.slow-after", "20")
                .withConfig("portal.security.source.refuse-after", "50")
                .withConfig("portal.login.otp.roles", "NONE")
                .withConfig("portal.security.source.risk-after", "3")
                .withConfig("portal.api.clients", ApiCalls.clientsConfig())
                .build();
    }

    @ArquillianResource
    URL base;

    @Resource(lookup = "java:app/jdbc/portal")
    DataSource dataSource;

    @Inject
    MetricRegistry metrics;

    @AfterEach
    void resetClock() {
        ShiftedClock.reset();
    }

    @Test
    void aStuffingRunFromOneAddressIsRefusedUnverifiedWhileMembersElsewhereSignInAndTheRefusalEnds() {
        String attacker = randomAddress();
        String neighbour = attacker.substring(0, attacker.lastIndexOf('.')) + ".250";
        String member = member();
        List<Integer> statuses = new ArrayList<>();
        List<String> messages = new ArrayList<>();
        List<Long> verifiedMillis = new ArrayList<>();
        List<Long> refusedMillis = new ArrayList<>();
        WebClient script = client(attacker);
        double workBefore = passwordWork();
        int verified = 0;
        double workAtRefusal = 0;
        int refusedFrom = -1;
        // 300 attempts, a new identifier each, at two a second of the portal's clock (the test is slower: a real
        // script's rate is what the clock says). Each as a script sends it: the page, its view state and nonce, the post.
        for (int i = 0; i < 300; i++) {
            ShiftedClock.shift(Duration.ofMillis(500L * i));
            Page login = script.get("login.xhtml");
            WebClient.Form form = login.form("login").set("login:identifier", "stuffed-" + i + "-" + UUID.randomUUID() + "@example.test")
                    .set("login:password", "Devine#" + i);
            long start = System.nanoTime();
            Page answer = form.submit("login:submit");
            long millis = (System.nanoTime() - start) / 1_000_000;
            statuses.add(answer.status());
            messages.add(answer.html().select(".messages, [role=alert], .ui-messages").text() + " " + answer.text());
            if (answer.status() == 200) {
                verified++;
                verifiedMillis.add(millis);
            } else {
                refusedMillis.add(millis);
                if (refusedFrom < 0 && answer.text().contains("suspendus")) {
                    refusedFrom = i;
                    workAtRefusal = passwordWork();
                }
            }
        }
        double workDuring = passwordWork() - workBefore;
        System.out.printf("[sources] 300 attempts from %s: %d verified (median %d ms), %d answered 429 (median %d ms);"
                + " refused from attempt %d; PBKDF2 computations %.0f%n", attacker, verified, median(verifiedMillis),
                refusedMillis.size(), median(refusedMillis), refusedFrom, workDuring);

        assertThat(statuses.subList(0, 20)).as("the first twenty are ordinary failures").containsOnly(200);
        assertThat(messages.subList(0, 20)).allMatch(m -> m.contains(FAILED));
        assertThat(messages.subList(20, 40)).as("then slowed: one attempt every two seconds")
                .anyMatch(m -> m.contains("patientez"));
        assertThat(verified).as("verified: 20, then one per slot until 50 failures").isBetween(50, 53);
        assertThat(refusedFrom).as("refused once 50 failed").isBetween(50, 160);
        assertThat(statuses.subList(refusedFrom, 300)).containsOnly(429);
        assertThat(passwordWork() - workAtRefusal).as("no password verification once refused").isZero();
        assertThat(workDuring).as("one verification per processed attempt, none for the refused").isEqualTo(verified);
        assertThat(metrics.counter("portal.source.refusals", new Tag("action", "SIGN_IN"), new Tag("state", "refused"))
                .getCount()).isGreaterThanOrEqualTo(300 - refusedFrom);

        Page refused = script.get("login.xhtml").form("login").set("login:identifier", member)
                .set("login:password", PASSWORD).submit("login:submit");
        assertThat(refused.status()).as("the attacker's address, even with the right password").isEqualTo(429);
        assertThat(Long.parseLong(refused.header("Retry-After"))).isBetween(60L, 900L);
        assertThat(refused.text()).contains("Trop de tentatives depuis votre connexion internet");

        assertThat(signIn(client("198.51.100.77"), member).uri().getPath())
                .as("a member at another address signs in during the attack").endsWith("/home.xhtml");
        assertThat(signIn(client(neighbour), member).uri().getPath())
                .as("a neighbour in the same /24: the block has not reached its own threshold").endsWith("/home.xhtml");

        WebClient admin = client("198.51.100.1");
        admin.login(TestMembers.in(dataSource).administrator(PASSWORD), PASSWORD);
        Page sources = admin.get("admin/sources.xhtml");
        assertThat(sources.status()).isEqualTo(200);
        Element row = row(sources, attacker);
        assertThat(row.select(".action").text()).isEqualTo("Connexion");
        assertThat(row.select(".state").text()).startsWith("Refusée jusqu'au");
        assertThat(sources.html().select(".hour-failures").eachText()).isNotEmpty();

        ShiftedClock.shift(Duration.ofSeconds(150).plusMinutes(16));
        Page after = script.get("login.xhtml").form("login").set("login:identifier", "again@example.test")
                .set("login:password", "Devine#again").submit("login:submit");
        assertThat(after.status()).as("the refusal ended after its 15 minutes").isEqualTo(200);
        assertThat(after.text()).contains(FAILED);
        assertThat(signIn(client(attacker), member).uri().getPath()).endsWith("/home.xhtml");
    }

    @Test
    void theApiRefusesWrongSecretsWith429AndTheRightClientElsewhereKeepsWorkingAndAnAdministratorLiftsTheBlock() {
        String attacker = randomAddress();
        List<Integer> statuses = new ArrayList<>();
        HttpResponse<String> refusal = null;
        for (int i = 0; i < 200 && refusal == null; i++) {
            ShiftedClock.shift(Duration.ofSeconds(2L * i));
            HttpResponse<String> answer = api(attacker, ApiCalls.CLIENT, "not-the-secret-" + i);
            statuses.add(answer.statusCode());
            if (answer.statusCode() == 429 && Long.parseLong(answer.headers().firstValue("Retry-After").orElse("0")) > 60) {
                refusal = answer;
            }
        }
        assertThat(statuses.subList(0, 20)).containsOnly(401);
        assertThat(refusal).as("refused after 50 wrong secrets, within %s", statuses).isNotNull();
        assertThat(statuses.stream().filter(s -> s == 401).count()).isBetween(50L, 52L);
        assertThat(refusal.headers().firstValue("Content-Type").orElse("")).startsWith("application/json");
        assertThat(refusal.body()).contains("\"status\":429").contains("Trop d'échecs d'authentification");

        double work = passwordWork();
        for (int i = 0; i < 20; i++) {
            assertThat(api(attacker, ApiCalls.CLIENT, "not-the-secret").statusCode()).isEqualTo(429);
        }
        assertThat(api(attacker, ApiCalls.CLIENT, ApiCalls.SECRET).statusCode()).as("even the right secret").isEqualTo(429);
        assertThat(passwordWork() - work).as("no secret verified while refused").isZero();
        assertThat(api("198.51.100.200", ApiCalls.CLIENT, ApiCalls.SECRET).statusCode())
                .as("the right client from its own address").isEqualTo(200);

        WebClient admin = client("198.51.100.2");
        admin.login(TestMembers.in(dataSource).administrator(PASSWORD), PASSWORD);
        Page sources = admin.get("admin/sources.xhtml");
        Element row = row(sources, attacker);
        assertThat(row.select(".action").text()).isEqualTo("Authentification à l'API");
        WebClient.Form lift = sources.form("held");
        Page lifted = admin.follow(lift.submit(row.select("button").attr("name")));
        assertThat(lifted.text()).contains("Le blocage de " + attacker + " est levé");
        assertThat(lifted.html().select("code.source").eachText()).doesNotContain(attacker);
        assertThat(TestMembers.in(dataSource).count(
                "select count(*) from audit_event where action = 'SOURCE_LIFTED' and target = ?", "ip:" + attacker))
                .isEqualTo(1);
        assertThat(api(attacker, ApiCalls.CLIENT, ApiCalls.SECRET).statusCode()).as("lifted").isEqualTo(200);
    }

    @Test
    void anUntrustedPeerCannotRotateAddressesByWritingXForwardedFor() {
        // 127.0.0.2 is this machine too, but not one of the portal's trusted proxies.
        List<Integer> statuses = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            statuses.add(rawApiCall("127.0.0.2", randomAddress(), "not-the-secret-" + i));
        }
        assertThat(statuses.subList(0, 20)).containsOnly(401);
        assertThat(statuses.subList(20, 30)).as("counted for the peer whatever the header said").contains(429);
        assertThat(api(randomAddress(), ApiCalls.CLIENT, ApiCalls.SECRET).statusCode())
                .as("a trusted proxy's client is another source").isEqualTo(200);
    }

    @Test
    void aRightPasswordFromANewBrowserAtAnAddressThatFailedLatelyIsConfirmedWithTheEmailedCode() {
        String guesser = randomAddress();
        String member = member();
        for (int i = 0; i < 3; i++) {
            assertThat(signInForm(client(guesser), "guess-" + i + "-" + UUID.randomUUID() + "@example.test", "Devine#" + i)
                    .text()).contains(FAILED);
        }

        assertThat(TestMembers.in(dataSource).count("select count(*) from audit_event where action = 'LOGIN_FAILED'"
                + " and remote_address = ?", guesser)).as("audited with the client's address, not the proxy's").isEqualTo(3);

        assertThat(signInForm(client(randomAddress()), member).uri().getPath())
                .as("a quiet address: the password is enough").endsWith("/home.xhtml");
        assertThat(signInForm(client(guesser), member).uri().getPath())
                .as("the address failed three times: a new browser confirms with the code").endsWith("/login-code.xhtml");
        assertThat(signIn(client(guesser), member).uri().getPath()).as("with the code").endsWith("/home.xhtml");

        ShiftedClock.shift(Duration.ofMinutes(11));
        assertThat(signInForm(client(guesser), member).uri().getPath())
                .as("the failures left the window: the password is enough again").endsWith("/home.xhtml");
    }

    /** Signs in by the form, without typing a code if one is asked: the page the sign-in leads to. */
    private Page signInForm(WebClient client, String login, String password) {
        return client.follow(client.get("login.xhtml").form("login")
                .set("login:identifier", login).set("login:password", password).submit("login:submit"));
    }

    private Page signInForm(WebClient client, String login) {
        return signInForm(client, login, PASSWORD);
    }

    private String member() {
        TestMembers members = TestMembers.in(dataSource);
        TestMembers.Created created = members.individual("Source", "Camille", LocalDate.of(1980, 5, 4));
        String login = "source-" + UUID.randomUUID() + "@example.test";
        members.account(created.memberId(), login, PASSWORD);
        return login;
    }

    private Page signIn(WebClient client, String login) {
        return client.login(login, PASSWORD);
    }

    private WebClient client(String forwardedFor) {
        return new WebClient(URI.create(base.toString())).withHeader("X-Forwarded-For", forwardedFor);
    }

    private HttpResponse<String> api(String forwardedFor, String user, String secret) {
        try {
            return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(base + "api/v1/requests?limit=1"))
                    .header("Authorization", basic(user, secret)).header("X-Forwarded-For", forwardedFor).GET().build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** An API call over a socket bound to {@code localAddress}: the peer the portal sees. */
    private int rawApiCall(String localAddress, String forwardedFor, String secret) {
        try (Socket socket = new Socket()) {
            socket.bind(new InetSocketAddress(InetAddress.getByName(localAddress), 0));
            socket.connect(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), base.getPort()), 10_000);
            socket.setSoTimeout(30_000);
            OutputStream out = socket.getOutputStream();
            out.write(("GET " + base.getPath() + "api/v1/requests?limit=1 HTTP/1.1\r\nHost: localhost:" + base.getPort()
                    + "\r\nAuthorization: " + basic(ApiCalls.CLIENT, secret) + "\r\nX-Forwarded-For: " + forwardedFor
                    + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            String status = new String(in.readNBytes(12), StandardCharsets.US_ASCII);
            return Integer.parseInt(status.substring(9, 12));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String basic(String user, String secret) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + secret).getBytes(StandardCharsets.UTF_8));
    }

    private static Element row(Page sources, String address) {
        return sources.html().select("#held\\:sources tbody tr").stream()
                .filter(r -> r.select("code.source").text().equals(address)).findFirst()
                .orElseThrow(() -> new AssertionError(address + " not listed: " + sources.html().select("#held").text()));
    }

    private double passwordWork() {
        return PasswordWork.sofar(metrics);
    }

    /** An address of the benchmarking range 198.18.0.0/15, a /24 of its own for each test (most likely). */
    private static String randomAddress() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        return "198." + (18 + random.nextInt(2)) + "." + random.nextInt(256) + "." + (1 + random.nextInt(200));
    }

    private static long median(List<Long> values) {
        return values.isEmpty() ? 0 : values.stream().sorted().toList().get(values.size() / 2);
    }
}
