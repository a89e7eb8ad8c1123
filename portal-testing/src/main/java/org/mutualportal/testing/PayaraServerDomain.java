package org.mutualportal.testing;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.awaitility.Awaitility;
import org.awaitility.core.ConditionTimeoutException;

/**
 * A Payara Server domain of its own, created in a folder of the build from an unpacked distribution and driven
 * with {@code asadmin} as an administrator drives it: the test of the README's Payara Server deployment
 * ({@code scripts/payara-server.sh}) runs against it.
 *
 * <p>Every port comes from one port base ({@code create-domain --portbase}: administration on base + 48, HTTP on
 * base + 80, the Data Grid on base + 49 and + 59…), chosen below the ephemeral range from which the other tests
 * take their free ports. Each command, its output and its exit code are appended to {@code asadmin.log} in the log
 * folder; the domain's own {@code server.log} stays in the domain folder. {@link #close()} stops the domain
 * and kills its process if it does not stop, and so does a JVM shutdown hook, so that no server outlives the
 * test run; a server left by a killed run is killed before a new domain takes its folder.
 *
 * <h2>Usage</h2>
 * <pre>
 * domain = PayaraServerDomain.start(payaraHome, Path.of("target/payara-domains"), 28000, Path.of("target/payara-server-logs"));
 * domain.script(Duration.ofMinutes(5), "deploy", war.toString()).orFail();
 * domain.awaitReady(Duration.ofMinutes(2));
 * …
 * domain.close();
 * </pre>
 */
public final class PayaraServerDomain implements AutoCloseable {

    /** The name of the domain, in its own folder: nothing else of the machine's Payara is touched. */
    public static final String NAME = "portal";
    /** Offsets of the ports a domain created with {@code --portbase} listens on (asadmin prints them). */
    private static final int[] PORT_OFFSETS = {9, 37, 38, 39, 48, 49, 59, 66, 76, 80, 81, 86};

    private final Path home;
    private final Path domainDir;
    private final int portBase;
    private final Path log;
    private final Thread shutdownHook = new Thread(this::killServer, "payara-server-kill");
    private boolean closed;

    private PayaraServerDomain(Path home, Path domainDir, int portBase, Path log) {
        this.home = home;
        this.domainDir = domainDir;
        this.portBase = portBase;
        this.log = log;
    }

    /**
     * Creates the domain afresh in {@code domainsDir} and starts it.
     *
     * @param home the distribution's {@code payara6} folder
     * @param logDir where {@code asadmin.log} is written
     */
    public static PayaraServerDomain start(Path home, Path domainsDir, int portBase, Path logDir) {
        Path asadmin = home.resolve("bin/asadmin");
        if (!Files.isRegularFile(asadmin)) {
            throw new IllegalStateException("Payara Server not found at " + home.toAbsolutePath()
                    + " (portal-it's pom unpacks it before the integration tests)");
        }
        try {
            Files.createDirectories(logDir);
            Path log = logDir.resolve("asadmin.log");
            Files.writeString(log, "");
            PayaraServerDomain domain = new PayaraServerDomain(home.toAbsolutePath(), domainsDir.toAbsolutePath(), portBase, log);
            domain.killServer(); // a server a killed run left behind holds the ports and the folder
            domain.requireFreePorts();
            deleteRecursively(domain.domainDir);
            Files.createDirectories(domain.domainDir);
            Runtime.getRuntime().addShutdownHook(domain.shutdownHook);
            domain.asadmin(Duration.ofMinutes(2), "create-domain", "--domaindir", domain.domainDir.toString(),
                    "--portbase", Integer.toString(portBase), "--nopassword=true", NAME).orFail();
            domain.asadmin(Duration.ofMinutes(3), "start-domain", "--domaindir", domain.domainDir.toString(), NAME).orFail();
            return domain;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@code asadmin restart-domain}: JVM options take effect. */
    public void restart() {
        asadmin(Duration.ofMinutes(3), "restart-domain", "--domaindir", domainDir.toString(), NAME).orFail();
    }

    /** The HTTP address of the server, e.g. {@code http://localhost:28080/}. */
    public URI base() {
        return URI.create("http://localhost:" + (portBase + 80) + "/");
    }

    public int adminPort() {
        return portBase + 48;
    }

    /** What a command printed and how it ended. */
    public record Result(String command, int exitCode, String output) {

        /** This result, or an error naming the command and its output when it did not succeed. */
        public Result orFail() {
            if (exitCode != 0) {
                throw new IllegalStateException(command + " ended with " + exitCode + ":\n" + output);
            }
            return this;
        }
    }

    /** Runs {@code asadmin} against this domain. */
    public Result asadmin(Duration timeout, String... arguments) {
        List<String> command = new ArrayList<>(List.of(home.resolve("bin/asadmin").toString()));
        command.addAll(List.of(arguments));
        return run(timeout, "asadmin " + String.join(" ", arguments), command);
    }

    /** Runs {@code scripts/payara-server.sh} (system property {@code payara.server.script}) against this domain. */
    public Result script(Duration timeout, String... arguments) {
        File script = new File(System.getProperty("payara.server.script", "../scripts/payara-server.sh"));
        if (!script.isFile()) {
            throw new IllegalStateException("scripts/payara-server.sh not found: " + script.getAbsolutePath());
        }
        List<String> command = new ArrayList<>(List.of("bash", script.getAbsolutePath()));
        command.addAll(List.of(arguments));
        return run(timeout, "payara-server.sh " + String.join(" ", arguments), command);
    }

    /**
     * Waits until {@code /health/ready} answers 200, failing early if the server died, with the end of its log.
     */
    public void awaitReady(Duration timeout) {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        try {
            Awaitility.await("the portal's readiness on Payara Server").atMost(timeout).pollInterval(Duration.ofMillis(500))
                    .until(() -> {
                        if (serverProcess().isEmpty()) {
                            throw new IllegalStateException("Payara Server stopped:\n" + serverLogTail(80));
                        }
                        return status(http, "health/ready") == 200;
                    });
        } catch (ConditionTimeoutException late) {
            throw new IllegalStateException("Not ready after " + timeout + ":\n" + serverLogTail(80), late);
        }
    }

    /** The HTTP status of a GET on the server (-1 when nothing answers). */
    private int status(HttpClient http, String path) {
        try {
            return http.send(HttpRequest.newBuilder(base().resolve(path)).timeout(Duration.ofSeconds(30)).build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException notListening) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    /** The domain's {@code server.log}, every line. */
    public List<String> serverLog() {
        Path file = domainDir.resolve(NAME).resolve("logs/server.log");
        try {
            return Files.exists(file) ? Files.readAllLines(file, StandardCharsets.UTF_8) : List.of();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The entries of {@code server.log} logged at SEVERE, each whole (its message and stack trace). */
    public List<String> severeEntries() {
        String text = String.join("\n", serverLog());
        return Stream.of(text.split("(?m)^(?=\\[\\d{4}-\\d\\d-\\d\\dT)")).filter(entry -> entry.contains("] [SEVERE] ["))
                .map(String::strip).toList();
    }

    public String serverLogTail(int lines) {
        List<String> all = serverLog();
        return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
    }

    /** The server's process, while it runs (its pid is in the domain's {@code config/pid}). */
    public Optional<ProcessHandle> serverProcess() {
        try {
            Path pid = domainDir.resolve(NAME).resolve("config/pid");
            if (!Files.exists(pid)) {
                return Optional.empty();
            }
            // A pid file left by a killed run may name a process that has since reused the number: only the
            // server started with this domain's folder is ours.
            return ProcessHandle.of(Long.parseLong(Files.readString(pid).strip())).filter(ProcessHandle::isAlive)
                    .filter(p -> p.info().commandLine().map(line -> line.contains(domainDir.toString())).orElse(false));
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** Stops the domain; kills its process if it is still there a minute later. */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            Runtime.getRuntime().removeShutdownHook(shutdownHook);
        } catch (IllegalStateException alreadyShuttingDown) {
            // the hook is running
        }
        if (serverProcess().isPresent()) {
            asadmin(Duration.ofSeconds(90), "stop-domain", "--domaindir", domainDir.toString(), NAME);
        }
        killServer();
    }

    private void killServer() {
        serverProcess().ifPresent(server -> {
            server.descendants().forEach(ProcessHandle::destroyForcibly);
            server.destroyForcibly();
            server.onExit().orTimeout(30, TimeUnit.SECONDS).exceptionally(e -> server).join();
        });
    }

    private void requireFreePorts() {
        List<Integer> busy = IntStream.of(PORT_OFFSETS).map(offset -> portBase + offset).filter(port -> !isFree(port))
                .boxed().toList();
        if (!busy.isEmpty()) {
            throw new IllegalStateException("Ports " + busy + " of the Payara Server domain (port base " + portBase
                    + ") are taken by another program");
        }
    }

    private static boolean isFree(int port) {
        try (ServerSocket socket = new ServerSocket(port)) {
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private Result run(Duration timeout, String name, List<String> command) {
        Instant started = Instant.now();
        try {
            // Output to a file, not a pipe: start-domain leaves a server behind that would hold a pipe open.
            Path output = Files.createTempFile(log.getParent(), "command-", ".out");
            ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(output.toFile())
                    .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
            Map<String, String> env = builder.environment();
            env.putAll(environment());
            Process process = builder.start();
            int exitCode;
            if (process.waitFor(timeout.toSeconds(), TimeUnit.SECONDS)) {
                exitCode = process.exitValue();
            } else {
                process.descendants().forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly();
                exitCode = -1;
            }
            String printed = Files.readString(output, StandardCharsets.UTF_8);
            Files.delete(output);
            if (exitCode == -1) {
                printed += "\n(killed: still running after " + timeout + ")";
            }
            Files.writeString(log, String.format("$ %s%n%s%n-> exit %d after %d s%n%n", name, printed.strip(), exitCode,
                    Duration.between(started, Instant.now()).toSeconds()), StandardCharsets.UTF_8, StandardOpenOption.APPEND);
            return new Result(name, exitCode, printed);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /**
     * asadmin's own variables point every command at this domain, so that the commands and the script run as an
     * administrator types them; the JDK is the tests'.
     */
    private Map<String, String> environment() {
        Map<String, String> env = new HashMap<>();
        env.put("AS_ADMIN_PORT", Integer.toString(adminPort()));
        env.put("AS_ADMIN_HOST", "localhost");
        env.put("JAVA_HOME", System.getProperty("java.home"));
        env.put("PATH", home.resolve("bin") + File.pathSeparator + System.getenv().getOrDefault("PATH", "/usr/bin:/bin"));
        return env;
    }

    private static void deleteRecursively(Path dir) throws IOException {
        if (Files.exists(dir)) {
            try (Stream<Path> files = Files.walk(dir)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }
}
