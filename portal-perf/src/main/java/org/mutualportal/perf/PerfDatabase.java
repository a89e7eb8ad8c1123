package org.mutualportal.perf;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;

/**
 * The benchmark's PostgreSQL: zonky's embedded PostgreSQL (as the tests and the demo use) on a kept data folder,
 * in a process of its own so that Payara Micro can be restarted and measured apart from it. Durable writes on
 * ({@code fsync}, {@code synchronous_commit}), unlike zonky's test defaults, so that import times are those of a
 * real server; the other settings are PostgreSQL's defaults, a deliberately modest server.
 *
 * <p>Options: {@code --data-dir} (target/perf/postgres), {@code --port} (15499). Prints {@value #READY} when the
 * database {@code portal} (owner {@code portal}, password {@code portal}) accepts connections; stops on SIGTERM.
 */
public final class PerfDatabase {

    static final String READY = "Perf database ready";

    private PerfDatabase() {
    }

    public static void main(String[] args) throws Exception {
        Options options = Options.parse(args);
        Path dataDir = Path.of(options.text("data-dir", "target/perf/postgres")).toAbsolutePath();
        int port = options.integer("port", 15_499);
        Files.createDirectories(dataDir);
        removeStalePid(dataDir.resolve("postmaster.pid"));
        EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                .setDataDirectory(dataDir)
                .setCleanDataDirectory(false)
                .setPort(port)
                .setRegisterShutdownHook(false)
                .setPGStartupWait(Duration.ofSeconds(120))
                .setServerConfig("fsync", "on")
                .setServerConfig("synchronous_commit", "on")
                .setServerConfig("full_page_writes", "on")
                .setServerConfig("max_wal_size", "2GB")
                .start();
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                postgres.close();
            } catch (Exception e) {
                System.err.println("PostgreSQL did not stop cleanly: " + e.getMessage());
            }
            stopped.countDown();
        }, "perf-postgres-stop"));
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
                Statement statement = connection.createStatement()) {
            try (ResultSet role = statement.executeQuery("select 1 from pg_roles where rolname = 'portal'")) {
                if (!role.next()) {
                    statement.execute("create role portal login password 'portal'");
                }
            }
            try (ResultSet database = statement.executeQuery("select 1 from pg_database where datname = 'portal'")) {
                if (!database.next()) {
                    statement.execute("create database portal owner portal encoding 'UTF8' template template0");
                }
            }
        }
        System.out.printf("%s: jdbc:postgresql://127.0.0.1:%d/portal (data in %s)%n", READY, port, dataDir);
        stopped.await();
    }

    /**
     * Removes the {@code postmaster.pid} a killed run left behind. Why not always: after a SIGKILL of this process
     * the postmaster keeps running on the folder, and a second server on the same data would corrupt it; a PID now
     * used by another process (a stale file) must not stop the start either.
     */
    private static void removeStalePid(Path pidFile) throws IOException {
        if (!Files.exists(pidFile)) {
            return;
        }
        String first = Files.readAllLines(pidFile).stream().findFirst().orElse("").trim();
        boolean running = first.matches("\\d+") && ProcessHandle.of(Long.parseLong(first))
                .flatMap(p -> p.info().command()).map(command -> command.endsWith("/postgres")).orElse(false);
        if (running) {
            throw new IllegalStateException("A PostgreSQL server (pid " + first + ") still runs on " + pidFile.getParent()
                    + ": stop it (kill " + first + ") and start again.");
        }
        Files.delete(pidFile);
    }
}
