package org.mutualportal.testing;

import org.awaitility.Awaitility;
import org.awaitility.core.ConditionTimeoutException;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * One portal started the way a user starts it — the demo launcher with its embedded PostgreSQL and demo data —
 * on free ports and a fresh data folder, optionally with another WAR ({@code PORTAL_WAR}: the portal plus a
 * module, for instance). {@link PortalServer} keeps one for the whole suite; a test that needs a portal of its
 * own starts another and stops it.
 */
public final class PortalProcess {

    private final Process process;
    private final URI base;
    private final List<String> output;
    private final Path dataDir;
    private final int mailPort;

    private PortalProcess(Process process, URI base, List<String> output, Path dataDir, int mailPort) {
        this.process = process;
        this.base = base;
        this.output = output;
        this.dataDir = dataDir;
        this.mailPort = mailPort;
    }

    /** Starts the launcher with the extra environment given (e.g. {@code PORTAL_WAR}), and waits until it is ready. */
    public static PortalProcess start(Map<String, String> extraEnvironment, String outputName) throws IOException {
        File launcher = new File(System.getProperty("portal.launcher.jar", "../portal-launcher/target/portal-launcher.jar"));
        if (!launcher.isFile()) {
            throw new IllegalStateException("Build the launcher first (mvn install): " + launcher.getAbsolutePath());
        }
        int port = EmbeddedDatabase.freePort();
        int dbPort = EmbeddedDatabase.freePort();
        int mailPort = TestMailServer.start();
        Path dataDir = Files.createTempDirectory("portal-it-");
        List<String> command = new ArrayList<>(List.of(new File(System.getProperty("java.home"), "bin/java").getPath(),
                "-Xmx768m", "-Dportal.mail.port=" + mailPort, "-Dportal.mail.host=localhost",
                "-jar", launcher.getAbsolutePath()));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        Map<String, String> env = builder.environment();
        env.put("PORTAL_PORT", Integer.toString(port));
        env.put("PORTAL_DB_PORT", Integer.toString(dbPort));
        env.put("PORTAL_DATA_DIR", dataDir.toString());
        // The launcher's demo identity provider (FranceConnect, the staff's SSO): one per portal, on a port of its own.
        env.put("PORTAL_DEMO_IDP_PORT", Integer.toString(EmbeddedDatabase.freePort()));
        env.putAll(extraEnvironment);
        Process process = builder.start();
        PortalProcess portal = new PortalProcess(process, URI.create("http://localhost:" + port + "/"),
                ConsoleCapture.of(process, outputName), dataDir, mailPort);
        portal.awaitReady(Duration.ofSeconds(180));
        return portal;
    }

    private void awaitReady(Duration timeout) {
        HttpClient http = HttpClient.newHttpClient();
        try {
            Awaitility.await("the portal's readiness").atMost(timeout).pollInterval(Duration.ofMillis(500)).until(() -> {
                if (!process.isAlive()) {
                    throw new IllegalStateException("The portal stopped while starting:\n" + String.join("\n", output));
                }
                try {
                    return http.send(HttpRequest.newBuilder(base.resolve("health/ready")).build(),
                            HttpResponse.BodyHandlers.ofString()).statusCode() == 200;
                } catch (IOException notYet) {
                    return false; // not listening yet
                }
            });
        } catch (ConditionTimeoutException late) {
            throw new IllegalStateException("The portal was not ready after " + timeout + ":\n" + String.join("\n", output));
        }
    }

    /** The portal's address, e.g. {@code http://localhost:41234/}. */
    public URI base() {
        return base;
    }

    /** The port the portal sends its mail to (the test mail server's when it started). */
    public int mailPort() {
        return mailPort;
    }

    public WebClient client() {
        return new WebClient(base);
    }

    /** What the portal printed so far (for failure messages). */
    public List<String> output() {
        return List.copyOf(output);
    }

    /** Stops the portal and removes its data folder. */
    public void stop() {
        if (process.isAlive()) {
            process.destroy();
            try {
                if (!process.waitFor(60, TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        try (var files = Files.walk(dataDir)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
