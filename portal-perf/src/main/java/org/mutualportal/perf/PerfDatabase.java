package org.mutualportal.perf;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import org.mutualportal.launcher.LocalPostgres;

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
        // Bulk imports of millions of lines: fewer checkpoints than PostgreSQL's default 1 GB of WAL would force.
        EmbeddedPostgres postgres = LocalPostgres.start(dataDir, port, null,
                Map.of("full_page_writes", "on", "max_wal_size", "2GB"));
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            LocalPostgres.stop(postgres);
            stopped.countDown();
        }, "perf-postgres-stop"));
        LocalPostgres.prepareDatabase(postgres);
        System.out.printf("%s: jdbc:postgresql://127.0.0.1:%d/portal (data in %s)%n", READY, port, dataDir);
        stopped.await();
    }
}
