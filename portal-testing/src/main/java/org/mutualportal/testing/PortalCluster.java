package org.mutualportal.testing;

import com.sun.tools.attach.AttachNotSupportedException;
import com.sun.tools.attach.VirtualMachine;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javax.management.JMException;
import javax.management.MBeanServerConnection;
import javax.management.ObjectName;
import javax.management.remote.JMXConnector;
import javax.management.remote.JMXConnectorFactory;
import javax.management.remote.JMXServiceURL;
import javax.sql.DataSource;
import org.junit.jupiter.api.Assumptions;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * The portal as a cluster on 127.0.0.1 — one PostgreSQL, N Payara Micro instances forming a Hazelcast cluster,
 * nginx balancing round-robin without sticky sessions — started by {@code scripts/cluster.sh} exactly as a
 * developer starts it, on free ports, a fresh run folder and a cluster name of its own. Tests reach the
 * portal through nginx ({@link #client()}) or one instance directly ({@link #client(int)}), kill an instance
 * ({@link #kill(int)}), read an instance's console ({@link #log(int)}) and the database ({@link #database()}).
 *
 * <p>Why through the script rather than starting processes from Java: the script is what people run, and
 * this way every CI build proves it still works. Mail goes to the {@link TestMailServer} of the test JVM.
 *
 * <h2>Usage</h2>
 * <pre>
 * &#64;BeforeAll static void start() { PortalCluster.requireNginx(); cluster = PortalCluster.start(2, Map.of()); }
 * &#64;AfterAll static void stop() { cluster.close(); }
 * </pre>
 */
public final class PortalCluster implements AutoCloseable {

    private static final Duration START_TIMEOUT = Duration.ofMinutes(10);

    private final Path dir;
    private final Map<String, String> environment;
    private final int instances;
    private final int port;
    private final int firstInstancePort;
    private final int dbPort;
    private final Thread shutdownHook = new Thread(this::stopQuietly, "portal-cluster-stop");
    private boolean closed;

    private PortalCluster(Path dir, Map<String, String> environment, int instances, int port, int firstInstancePort,
            int dbPort) {
        this.dir = dir;
        this.environment = environment;
        this.instances = instances;
        this.port = port;
        this.firstInstancePort = firstInstancePort;
        this.dbPort = dbPort;
    }

    /** Whether nginx can be started by this user. */
    public static boolean nginxInstalled() {
        return Stream.of(System.getenv().getOrDefault("PATH", "/usr/sbin:/usr/bin").split(File.pathSeparator))
                .map(directory -> new File(directory, "nginx"))
                .anyMatch(File::canExecute)
                || new File("/usr/sbin/nginx").canExecute();
    }

    /**
     * Skips the calling test class when nginx is missing on a developer's machine, with the command that
     * installs it; under CI ({@code CI=true}) that is a failure, so CI never skips the cluster tests silently.
     */
    public static void requireNginx() {
        if (nginxInstalled()) {
            return;
        }
        if ("true".equalsIgnoreCase(System.getenv("CI"))) {
            throw new IllegalStateException("CI=true but nginx is not installed: the cluster tests need it (apt-get install nginx)");
        }
        Assumptions.abort("nginx is not installed (apt-get install nginx): the cluster tests are skipped on this machine");
    }

    /**
     * Starts a cluster of {@code instances} instances and waits until nginx and every instance answer.
     *
     * @param settings extra environment variables for {@code cluster.sh} and the instances (for instance
     *        {@code PORTAL_MODULES_REFRESH_SECONDS}, or {@code PORTAL_JAVA_OPTS})
     */
    public static PortalCluster start(int instances, Map<String, String> settings) {
        try {
            Path dir = Files.createTempDirectory("portal-cluster-");
            Set<Integer> taken = new HashSet<>();
            int port = freePorts(1, taken);
            int dbPort = freePorts(1, taken);
            int firstInstancePort = freePorts(instances, taken);
            int firstHazelcastPort = freePorts(instances, taken);
            Map<String, String> env = new HashMap<>();
            env.put("PORTAL_CLUSTER_DIR", dir.toString());
            env.put("PORTAL_INSTANCES", Integer.toString(instances));
            env.put("PORTAL_PORT", Integer.toString(port));
            env.put("PORTAL_INSTANCE_PORT", Integer.toString(firstInstancePort));
            env.put("PORTAL_HAZELCAST_PORT", Integer.toString(firstHazelcastPort));
            env.put("PORTAL_DB_PORT", Integer.toString(dbPort));
            env.put("PORTAL_CLUSTER_NAME", "portal-test-" + UUID.randomUUID().toString().substring(0, 8));
            env.put("PORTAL_MAIL_HOST", "localhost");
            env.put("PORTAL_MAIL_PORT", Integer.toString(TestMailServer.start()));
            env.put("JAVA_HOME", System.getProperty("java.home"));
            env.putAll(settings);
            PortalCluster cluster = new PortalCluster(dir, env, instances, port, firstInstancePort, dbPort);
            Runtime.getRuntime().addShutdownHook(cluster.shutdownHook);
            Result started = cluster.script(START_TIMEOUT, "start");
            if (started.exitCode() != 0) {
                String diagnosis = cluster.diagnosis(started.output());
                cluster.close();
                throw new IllegalStateException("scripts/cluster.sh start failed:\n" + diagnosis);
            }
            return cluster;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** nginx's address: the portal as its users reach it. */
    public URI base() {
        return URI.create("http://127.0.0.1:" + port + "/");
    }

    /** The address of instance {@code n} (1-based), bypassing nginx. */
    public URI instance(int n) {
        return URI.create("http://127.0.0.1:" + instancePort(n) + "/");
    }

    public int instancePort(int n) {
        checkInstance(n);
        return firstInstancePort + n - 1;
    }

    /** What nginx's {@code X-Portal-Upstream} header says when instance {@code n} answered. */
    public String upstream(int n) {
        return "127.0.0.1:" + instancePort(n);
    }

    /** The instance that answered, from nginx's {@code X-Portal-Upstream} header; 0 when unknown. */
    public int answeredBy(WebClient.Page page) {
        String upstream = page.header("X-Portal-Upstream");
        if (upstream == null) {
            return 0;
        }
        String last = upstream.substring(upstream.lastIndexOf(',') + 1).strip();
        for (int n = 1; n <= instances; n++) {
            if (last.equals(upstream(n))) {
                return n;
            }
        }
        return 0;
    }

    /** A browser-like client going through nginx. */
    public WebClient client() {
        return new WebClient(base());
    }

    /** A client talking to instance {@code n} directly. */
    public WebClient client(int n) {
        return new WebClient(instance(n));
    }

    /** Kills instance {@code n} with SIGKILL ({@code cluster.sh kill n}): a crash, no shutdown hook runs. */
    public void kill(int n) {
        checkInstance(n);
        Result killed = script(Duration.ofSeconds(30), "kill", Integer.toString(n));
        if (killed.exitCode() != 0) {
            throw new IllegalStateException("cluster.sh kill " + n + " failed:\n" + killed.output());
        }
    }

    /** The process id of instance {@code n}, while it runs. */
    public Optional<ProcessHandle> process(int n) {
        checkInstance(n);
        return pid("instance-" + n).flatMap(ProcessHandle::of).filter(ProcessHandle::isAlive);
    }

    public boolean isRunning(int n) {
        return process(n).isPresent();
    }

    /** Every line instance {@code n} printed so far (its console, kept by the script in the run folder). */
    public List<String> log(int n) {
        checkInstance(n);
        return lines(dir.resolve("instance-" + n + ".log"));
    }

    /** The cluster's PostgreSQL, for assertions. */
    public DataSource database() {
        PGSimpleDataSource dataSource = new PGSimpleDataSource();
        dataSource.setUrl("jdbc:postgresql://localhost:" + dbPort + "/portal");
        dataSource.setUser("portal");
        dataSource.setPassword("portal");
        return dataSource;
    }

    public int instances() {
        return instances;
    }

    /** How much Hazelcast holds for the replicated sessions: entries and bytes owned by the running instances. */
    public record SessionStore(long entries, long bytes) {
    }

    /**
     * The replicated HTTP sessions as the running instances' Hazelcast reports them over JMX (the test JVM
     * attaches to each instance, which needs a JDK): owned entries and their memory cost, i.e. the serialized
     * sessions plus Hazelcast's small per-entry overhead. Payara names the map after the context root, which
     * is empty for the portal at {@code /}.
     */
    public SessionStore sessionStore() {
        long entries = 0;
        long bytes = 0;
        for (int n = 1; n <= instances; n++) {
            Optional<ProcessHandle> process = process(n);
            if (process.isEmpty()) {
                continue;
            }
            try {
                VirtualMachine vm = VirtualMachine.attach(Long.toString(process.get().pid()));
                try (JMXConnector connector = JMXConnectorFactory.connect(new JMXServiceURL(vm.startLocalManagementAgent()))) {
                    MBeanServerConnection server = connector.getMBeanServerConnection();
                    for (ObjectName map : server.queryNames(new ObjectName("com.hazelcast:type=IMap,*"), null)) {
                        if ("".equals(map.getKeyProperty("name"))) {
                            entries += ((Number) server.getAttribute(map, "localOwnedEntryCount")).longValue();
                            bytes += ((Number) server.getAttribute(map, "localOwnedEntryMemoryCost")).longValue();
                        }
                    }
                } finally {
                    vm.detach();
                }
            } catch (IOException | AttachNotSupportedException | JMException e) {
                throw new IllegalStateException("Cannot read the session store of instance " + n + " over JMX", e);
            }
        }
        return new SessionStore(entries, bytes);
    }

    /** Stops nginx, the instances and PostgreSQL, and deletes the run folder. */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            Runtime.getRuntime().removeShutdownHook(shutdownHook);
        } catch (IllegalStateException alreadyShuttingDown) {
            // the hook is running this very method
        }
        stopQuietly();
    }

    private void stopQuietly() {
        script(Duration.ofMinutes(3), "stop");
        keepLogs();
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // a temporary folder: the system cleans it eventually
        }
    }

    /**
     * Copies the consoles of the instances, nginx and PostgreSQL to the folder named by the system property
     * {@code portal.cluster.logs} (portal-it sets {@code target/cluster-logs}) before the run folder goes: a
     * failed cluster test is diagnosed from them.
     */
    private void keepLogs() {
        String target = System.getProperty("portal.cluster.logs");
        if (target == null) {
            return;
        }
        try (Stream<Path> files = Files.list(dir)) {
            Path logs = Files.createDirectories(Path.of(target));
            for (Path log : files.filter(p -> p.getFileName().toString().endsWith(".log")).toList()) {
                Files.copy(log, logs.resolve(log.getFileName()), StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            System.err.println("Cluster logs not kept: " + e.getMessage());
        }
    }

    private String diagnosis(String scriptOutput) {
        StringBuilder text = new StringBuilder(scriptOutput);
        for (int n = 1; n <= instances; n++) {
            List<String> log = log(n);
            text.append("\n--- last lines of instance-").append(n).append(".log ---\n")
                    .append(String.join("\n", log.subList(Math.max(0, log.size() - 60), log.size())));
        }
        List<String> services = lines(dir.resolve("services.log"));
        text.append("\n--- services.log ---\n").append(String.join("\n", services));
        return text.toString();
    }

    private record Result(int exitCode, String output) {
    }

    private Result script(Duration timeout, String... arguments) {
        File script = new File(System.getProperty("portal.cluster.script", "../scripts/cluster.sh"));
        if (!script.isFile()) {
            throw new IllegalStateException("scripts/cluster.sh not found: " + script.getAbsolutePath());
        }
        List<String> command = new ArrayList<>(List.of("bash", script.getAbsolutePath()));
        command.addAll(List.of(arguments));
        try {
            Path output = Files.createTempFile(dir, "script-", ".out");
            ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(output.toFile());
            builder.environment().putAll(environment);
            Process process = builder.start();
            if (!process.waitFor(timeout.toSeconds(), TimeUnit.SECONDS)) {
                process.destroyForcibly();
                return new Result(-1, "cluster.sh " + String.join(" ", arguments) + " still running after " + timeout
                        + ":\n" + Files.readString(output, StandardCharsets.UTF_8));
            }
            return new Result(process.exitValue(), Files.readString(output, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private Optional<Long> pid(String name) {
        try {
            return Optional.of(Long.parseLong(Files.readString(dir.resolve(name + ".pid")).strip()));
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static List<String> lines(Path file) {
        try {
            return Files.exists(file) ? Files.readAllLines(file, StandardCharsets.UTF_8) : List.of();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void checkInstance(int n) {
        if (n < 1 || n > instances) {
            throw new IllegalArgumentException("instance " + n + " of " + instances);
        }
    }

    /**
     * The first of {@code count} consecutive ports free now and not {@code taken} by another role (the script
     * numbers instances from it); marks them taken.
     */
    private static int freePorts(int count, Set<Integer> taken) throws IOException {
        for (int attempt = 0; attempt < 100; attempt++) {
            int first = EmbeddedDatabase.freePort();
            boolean free = first + count <= 65535;
            for (int p = first; p < first + count && free; p++) {
                free = !taken.contains(p) && (p == first || isFree(p));
            }
            if (free) {
                for (int p = first; p < first + count; p++) {
                    taken.add(p);
                }
                return first;
            }
        }
        throw new IOException("no " + count + " consecutive free ports found");
    }

    private static boolean isFree(int port) {
        try (ServerSocket socket = new ServerSocket(port)) {
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
