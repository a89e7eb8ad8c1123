package org.mutualportal.launcher;

import fish.payara.micro.boot.PayaraMicroLauncher;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Runs the portal for a demonstration: an embedded PostgreSQL whose data stays in {@code .portal-data/}
 * between runs, then Payara Micro serving the WAR at http://localhost:8080/ with demo data.
 *
 * <p>Settings, all optional, from environment variables: {@code PORTAL_PORT} (8080), {@code PORTAL_DATA_DIR}
 * ({@code .portal-data}), {@code PORTAL_DB_PORT} (15432), {@code PORTAL_WAR} (the {@code portal.war} next to
 * this JAR), {@code PORTAL_MAILBOX_PORT} (8025) and {@code PORTAL_DEMO_SMTP_PORT} (2525) for the demo
 * mailbox, which starts unless {@code portal.mail.host} is given. Any {@code portal.*} key can be given as {@code -Dportal.x=y} or as an environment variable.
 * Stops cleanly on Ctrl-C or SIGTERM.
 */
public final class PortalLauncher {

    private static final String DB = "portal";

    private PortalLauncher() {
    }

    public static void main(String[] args) throws Exception {
        int port = Integer.parseInt(env("PORTAL_PORT", "8080"));
        int dbPort = Integer.parseInt(env("PORTAL_DB_PORT", "15432"));
        Path dataDir = Paths.get(env("PORTAL_DATA_DIR", ".portal-data")).toAbsolutePath();
        Path war = Paths.get(env("PORTAL_WAR", jarDirectory().resolve("portal.war").toString())).toAbsolutePath();
        if (!Files.isRegularFile(war)) {
            System.err.println("WAR not found: " + war + " — build it first: mvn -q install -DskipTests");
            System.exit(2);
        }

        long started = System.nanoTime();
        EmbeddedPostgres postgres = startPostgres(dataDir.resolve("postgres"), dbPort);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> stop(postgres), "portal-postgres-stop"));
        prepareDatabase(postgres);

        int mailboxPort = Integer.parseInt(env("PORTAL_MAILBOX_PORT", "8025"));
        boolean demoMailbox = System.getProperty("portal.mail.host") == null && System.getenv("PORTAL_MAIL_HOST") == null;
        if (demoMailbox) {
            int smtpPort = Integer.parseInt(env("PORTAL_DEMO_SMTP_PORT", "2525"));
            DemoMailbox mailbox = DemoMailbox.start(smtpPort, mailboxPort);
            Runtime.getRuntime().addShutdownHook(new Thread(mailbox::stop, "portal-mailbox-stop"));
            setDefault("portal.mail.host", "localhost");
            setDefault("portal.mail.port", Integer.toString(smtpPort));
        }

        setDefault("portal.db.url", "jdbc:postgresql://localhost:" + dbPort + "/" + DB);
        setDefault("portal.db.user", DB);
        setDefault("portal.db.password", DB);
        setDefault("portal.demo-data", "true");
        setDefault("portal.base-url", "http://localhost:" + port);
        setDefault("portal.api.clients", DEMO_API_CLIENT);

        List<String> payara = new ArrayList<>(List.of("--deploy", war.toString(), "--contextroot", "/",
                "--port", Integer.toString(port), "--nohazelcast", "--disablephonehome",
                "--prebootcommandfile", memorySessions().toString()));
        payara.addAll(List.of(args));
        PayaraMicroLauncher.create(payara.toArray(String[]::new));
        System.out.printf("%nEspace adhérent prêt en %d s : http://localhost:%d/  (Ctrl-C pour arrêter)%n",
                Duration.ofNanos(System.nanoTime() - started).toSeconds(), port);
        if (demoMailbox) {
            System.out.printf("E-mails envoyés par le portail : http://localhost:%d/%n", mailboxPort);
        }
    }

    /**
     * One instance, no Hazelcast: sessions stay in memory. The WAR is distributable (for clusters), and Payara
     * would otherwise still hand its sessions to the Hazelcast store that {@code --nohazelcast} switched off —
     * an exception logged at every request and a {@code JSESSIONIDVERSION} cookie for nothing.
     */
    private static Path memorySessions() throws IOException {
        Path commands = Files.createTempFile("portal-preboot-", ".txt");
        commands.toFile().deleteOnExit();
        Files.writeString(commands,
                "set configs.config.server-config.availability-service.web-container-availability.availability-enabled=false\n");
        return commands;
    }

    /**
     * Starts PostgreSQL on a kept data folder. A {@code postmaster.pid} left by a killed run is handled first:
     * a PostgreSQL still running on it is stopped, a stale file is removed (otherwise the start waits out its
     * timeout and fails).
     */
    static EmbeddedPostgres startPostgres(Path dataDir, int port) throws IOException {
        return startPostgres(dataDir, port, null);
    }

    /** The same, with PostgreSQL's own messages appended to {@code log} when given (otherwise dropped). */
    static EmbeddedPostgres startPostgres(Path dataDir, int port, Path log) throws IOException {
        Files.createDirectories(dataDir);
        Path pidFile = dataDir.resolve("postmaster.pid");
        if (Files.exists(pidFile)) {
            Optional<ProcessHandle> running = readPid(pidFile).flatMap(ProcessHandle::of).filter(ProcessHandle::isAlive)
                    .filter(p -> p.info().command().map(c -> c.contains("postgres")).orElse(false));
            if (running.isPresent()) {
                System.out.println("Stopping a PostgreSQL left running by a previous run (pid " + running.get().pid() + ")");
                running.get().destroy();
                running.get().onExit().join();
            }
            Files.deleteIfExists(pidFile);
        }
        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder();
        if (log != null) {
            builder.setOutputRedirector(ProcessBuilder.Redirect.appendTo(log.toFile()))
                    .setErrorRedirector(ProcessBuilder.Redirect.appendTo(log.toFile()));
        }
        return builder
                .setDataDirectory(dataDir)
                .setCleanDataDirectory(false)
                .setPort(port)
                .setRegisterShutdownHook(false)
                .setPGStartupWait(Duration.ofSeconds(60))
                // zonky's defaults are for tests; data someone typed into the demo deserves durable writes.
                .setServerConfig("fsync", "on")
                .setServerConfig("synchronous_commit", "on")
                .start();
    }

    private static Optional<Long> readPid(Path pidFile) {
        try {
            String first = Files.readAllLines(pidFile, StandardCharsets.UTF_8).stream().findFirst().orElse("").strip();
            return Optional.of(Long.parseLong(first));
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** Creates the portal's role and database the first time. */
    static void prepareDatabase(EmbeddedPostgres postgres) throws SQLException {
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
                Statement statement = connection.createStatement()) {
            if (!exists(connection, "select 1 from pg_roles where rolname = ?")) {
                statement.execute("create role " + DB + " login password '" + DB + "'");
            }
            if (!exists(connection, "select 1 from pg_database where datname = ?")) {
                statement.execute("create database " + DB + " owner " + DB + " encoding 'UTF8' template template0");
            }
        }
    }

    private static boolean exists(Connection connection, String query) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(query)) {
            statement.setString(1, DB);
            try (ResultSet rows = statement.executeQuery()) {
                return rows.next();
            }
        }
    }

    private static void stop(EmbeddedPostgres postgres) {
        try {
            postgres.close();
        } catch (IOException | RuntimeException e) {
            System.err.println("PostgreSQL did not stop cleanly: " + e.getMessage());
        }
    }

    /**
     * A system client of the data-exchange API for the demo only (README, "Demo"): {@code gestion-demo} with the
     * secret {@code Gestion#Demo-2026-api}, so that the API can be tried at once (docs/data-exchange.md). A
     * production deployment does not use this launcher and declares its own clients.
     */
    private static final String DEMO_API_CLIENT = "gestion-demo:PBKDF2WithHmacSHA256:600000:"
            + "SaE3GCyQ4byp8uS0Ftor6Q==:anFg76WNydB6WlhJpGyfFf443tnhmGvbqvqwx3QBWok=";

    private static void setDefault(String key, String value) {
        String fromEnv = System.getenv(key.toUpperCase().replace('.', '_').replace('-', '_'));
        if (System.getProperty(key) == null && fromEnv == null) {
            System.setProperty(key, value);
        }
    }

    static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }

    private static Path jarDirectory() {
        try {
            return Paths.get(PortalLauncher.class.getProtectionDomain().getCodeSource().getLocation().toURI()).getParent();
        } catch (Exception e) {
            return Paths.get(".");
        }
    }
}
