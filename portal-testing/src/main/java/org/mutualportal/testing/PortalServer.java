package org.mutualportal.testing;

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
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The whole portal — the real WAR with every module — started once for all end-to-end tests of a JVM, the
 * way a user starts it: the demo launcher with its embedded PostgreSQL and demo data, on free ports and a
 * fresh data folder. Stopped when the JVM ends.
 *
 * <h2>Usage</h2>
 * <pre>
 * &#64;ExtendWith(PortalServer.class)
 * class DashboardIT {
 *     &#64;Test void … { WebClient client = PortalServer.client(); … }
 * }
 * </pre>
 */
public final class PortalServer implements BeforeAllCallback {

    private static Process process;
    private static URI base;
    private static List<String> output = List.of();
    private static Path dataDir;
    private static int mailPort;

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        start();
    }

    public static synchronized URI start() throws IOException, InterruptedException {
        if (process != null) {
            return base;
        }
        File launcher = new File(System.getProperty("portal.launcher.jar", "../portal-launcher/target/portal-launcher.jar"));
        if (!launcher.isFile()) {
            throw new IllegalStateException("Build the launcher first (mvn install): " + launcher.getAbsolutePath());
        }
        int port = EmbeddedDatabase.freePort();
        int dbPort = EmbeddedDatabase.freePort();
        mailPort = TestMailServer.start();
        dataDir = Files.createTempDirectory("portal-it-");
        List<String> command = new ArrayList<>(List.of(new File(System.getProperty("java.home"), "bin/java").getPath(),
                "-Xmx768m", "-Dportal.mail.port=" + mailPort, "-Dportal.mail.host=localhost",
                "-jar", launcher.getAbsolutePath()));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        Map<String, String> env = builder.environment();
        env.put("PORTAL_PORT", Integer.toString(port));
        env.put("PORTAL_DB_PORT", Integer.toString(dbPort));
        env.put("PORTAL_DATA_DIR", dataDir.toString());
        process = builder.start();
        output = ConsoleCapture.of(process, "portal-server-output");
        Runtime.getRuntime().addShutdownHook(new Thread(PortalServer::stop, "portal-server-stop"));
        base = URI.create("http://localhost:" + port + "/");
        awaitReady(Duration.ofSeconds(180));
        return base;
    }

    private static void awaitReady(Duration timeout) throws InterruptedException {
        HttpClient http = HttpClient.newHttpClient();
        Instant end = Instant.now().plus(timeout);
        while (Instant.now().isBefore(end)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("The portal stopped while starting:\n" + String.join("\n", output));
            }
            try {
                HttpResponse<String> ready = http.send(HttpRequest.newBuilder(base.resolve("health/ready")).build(),
                        HttpResponse.BodyHandlers.ofString());
                if (ready.statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException("The portal was not ready after " + timeout + ":\n" + String.join("\n", output));
    }

    /** The portal's address, e.g. {@code http://localhost:41234/}. */
    public static URI base() {
        return base;
    }

    /** The port the portal sends its mail to (start a GreenMail there to read it). */
    public static int mailPort() {
        return mailPort;
    }

    public static WebClient client() {
        return new WebClient(base);
    }

    /** What the portal printed so far (for failure messages). */
    public static List<String> output() {
        return List.copyOf(output);
    }

    private static synchronized void stop() {
        if (process != null && process.isAlive()) {
            process.destroy();
            try {
                if (!process.waitFor(60, TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        try {
            if (dataDir != null) {
                try (var files = Files.walk(dataDir)) {
                    files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
