package org.mutualportal.launcher;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/**
 * zonky's embedded PostgreSQL on a kept data folder, as the demo launcher, the cluster's shared services and the
 * benchmark (portal-perf) run it: durable writes, a {@code postmaster.pid} left by a killed run handled, and the
 * portal's role and database ({@code portal}/{@code portal}) created the first time. Free of Payara, so that
 * tools outside the WAR's world can use it.
 */
public final class LocalPostgres {

    static final String DB = "portal";

    private LocalPostgres() {
    }

    /**
     * Starts PostgreSQL on a kept data folder. A {@code postmaster.pid} left by a killed run is handled first:
     * a PostgreSQL still running on it is stopped, a stale file is removed (otherwise the start waits out its
     * timeout and fails).
     *
     * @param log where PostgreSQL's own messages are appended, or {@code null} to drop them
     * @param serverConfig settings added to the durable-write ones ({@code max_wal_size} for a bulk import…)
     */
    public static EmbeddedPostgres start(Path dataDir, int port, Path log, Map<String, String> serverConfig)
            throws IOException {
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
        builder.setDataDirectory(dataDir)
                .setCleanDataDirectory(false)
                .setPort(port)
                .setRegisterShutdownHook(false)
                .setPGStartupWait(Duration.ofSeconds(120))
                // zonky's defaults are for tests; data someone typed into the demo deserves durable writes.
                .setServerConfig("fsync", "on")
                .setServerConfig("synchronous_commit", "on");
        serverConfig.forEach(builder::setServerConfig);
        return builder.start();
    }

    /** Creates the portal's role and database the first time. */
    public static void prepareDatabase(EmbeddedPostgres postgres) throws SQLException {
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

    /** Stops PostgreSQL, saying so (rather than failing) when it does not stop cleanly: for shutdown hooks. */
    public static void stop(EmbeddedPostgres postgres) {
        try {
            postgres.close();
        } catch (IOException | RuntimeException e) {
            System.err.println("PostgreSQL did not stop cleanly: " + e.getMessage());
        }
    }

    private static Optional<Long> readPid(Path pidFile) {
        try {
            String first = Files.readAllLines(pidFile, StandardCharsets.UTF_8).stream().findFirst().orElse("").strip();
            return Optional.of(Long.parseLong(first));
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
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
}
