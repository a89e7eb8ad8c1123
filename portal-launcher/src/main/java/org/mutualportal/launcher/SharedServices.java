package org.mutualportal.launcher;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

/**
 * What the instances of a local cluster share, in one process of their own: the embedded PostgreSQL (data kept
 * in {@code PORTAL_DATA_DIR/postgres}, its messages in {@code PORTAL_DATA_DIR/postgres.log}) and, unless
 * {@code PORTAL_MAIL_HOST} names a real SMTP server, the demo mailbox. {@code scripts/cluster.sh} starts it before the Payara Micro instances, which then connect
 * to it like instances of a production cluster connect to the mutual's PostgreSQL; the single-instance
 * demo ({@link PortalLauncher}) keeps everything in one JVM instead.
 *
 * <p>Why a process of its own rather than inside the first instance: an instance must be killable (that is
 * what a cluster is for) without taking the database of the others with it.
 *
 * <p>Settings from environment variables: {@code PORTAL_DATA_DIR} ({@code .portal-data/cluster}),
 * {@code PORTAL_DB_PORT} (15433), {@code PORTAL_DEMO_SMTP_PORT} (2525), {@code PORTAL_MAILBOX_PORT} (8025).
 * Prints {@value #READY} once both are up; stops cleanly on SIGTERM or Ctrl-C.
 */
public final class SharedServices {

    /** The line {@code scripts/cluster.sh} waits for. */
    static final String READY = "Shared services ready";

    private SharedServices() {
    }

    public static void main(String[] args) throws Exception {
        Path dataDir = Paths.get(PortalLauncher.env("PORTAL_DATA_DIR", ".portal-data/cluster")).toAbsolutePath();
        int dbPort = Integer.parseInt(PortalLauncher.env("PORTAL_DB_PORT", "15433"));

        EmbeddedPostgres postgres = LocalPostgres.start(dataDir.resolve("postgres"), dbPort,
                dataDir.resolve("postgres.log"), Map.of());
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            System.out.println(Instant.now() + " Shared services stopping");
            LocalPostgres.stop(postgres);
            stopped.countDown();
        }, "portal-postgres-stop"));
        LocalPostgres.prepareDatabase(postgres);
        System.out.printf("PostgreSQL: jdbc:postgresql://localhost:%d/portal (user portal)%n", dbPort);

        if (System.getenv("PORTAL_MAIL_HOST") == null) {
            int smtpPort = Integer.parseInt(PortalLauncher.env("PORTAL_DEMO_SMTP_PORT", "2525"));
            int mailboxPort = Integer.parseInt(PortalLauncher.env("PORTAL_MAILBOX_PORT", "8025"));
            DemoMailbox mailbox = DemoMailbox.start(smtpPort, mailboxPort);
            Runtime.getRuntime().addShutdownHook(new Thread(mailbox::stop, "portal-mailbox-stop"));
            System.out.printf("Demo mailbox: SMTP localhost:%d, http://localhost:%d/%n", smtpPort, mailboxPort);
        }
        System.out.println(READY);
        stopped.await();
    }
}
