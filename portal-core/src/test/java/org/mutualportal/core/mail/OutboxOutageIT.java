package org.mutualportal.core.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.URL;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.mutualportal.api.text.FrenchFormats;
import org.mutualportal.core.testing.TestMembers;
import org.mutualportal.testing.EmbeddedDatabase;
import org.mutualportal.testing.PortalDeployment;
import org.mutualportal.testing.PortalTest;
import org.mutualportal.testing.TestMailServer;
import org.mutualportal.testing.WebClient;
import org.mutualportal.testing.WebClient.Page;

/**
 * The outbox when what it depends on fails, on Payara Micro: PostgreSQL stopped under the running portal, then
 * started again — the sender's runs fail meanwhile, {@code /health} says the queue is stalled, and afterwards
 * mail leaves again (the first failing run used to kill the timer for good). And the administrators' outbox
 * page warns when the queue stands still. The database is stopped for this class's portal only: test classes
 * of the JVM run one after another.
 */
@PortalTest
@RunAsClient
class OutboxOutageIT {

    private static final String PASSWORD = "Outbox#Outage2026";
    private static final Pattern CHECK = Pattern.compile("\\{(?:[^{}]|\\{[^{}]*\\})*\\}");

    @Deployment
    static WebArchive deployment() {
        return PortalDeployment.module()
                .withClasses(TestMembers.class, TestMembers.Created.class)
                .withConfig("portal.mail.stalled-after-seconds", "8")
                .build();
    }

    @ArquillianResource
    URL base;

    @Test
    void afterADatabaseOutageStaffGetTheirSignInCodeByMail() {
        String admin = db().administrator(PASSWORD); // staff confirm a new browser with a code by e-mail
        await("the sender running").atMost(Duration.ofSeconds(60))
                .until(this::mailQueueCheck, check -> check.contains("status:UP") && check.contains("stalled:false"));
        assertThat(mailQueueCheck()).as("the WAR's configuration, not the default").contains("stalled-after-seconds:8");

        EmbeddedDatabase.stopForOutage();
        try {
            await("the sender failing for 8 s and still ticking").atMost(Duration.ofSeconds(60))
                    .until(this::mailQueueCheck, check -> check.contains("stalled:true"));
            assertThat(mailQueueCheck()).as("a restart would not bring the database back")
                    .contains("status:UP", "failing-since:");
            assertThat(client().get("/health/live").status()).isEqualTo(200);
            assertThat(client().get("/health/ready").status()).isEqualTo(503);
        } finally {
            EmbeddedDatabase.restart();
        }

        Page signedIn = client().login(admin, PASSWORD);

        assertThat(signedIn.uri().getPath()).as("signed in with the code sent by e-mail").endsWith("/admin/index.xhtml");
        await("the outage over").atMost(Duration.ofSeconds(30))
                .until(this::mailQueueCheck, check -> check.contains("stalled:false") && !check.contains("failing-since"));
    }

    @Test
    void theOutboxPageWarnsWhileTheQueueStandsStill() throws SQLException {
        WebClient admin = client();
        admin.login(db().administrator(PASSWORD), PASSWORD);

        try (Connection holder = EmbeddedDatabase.dataSource().getConnection()) {
            // Locked by another transaction, a mail due a day ago is skipped by every sender (FOR UPDATE SKIP LOCKED):
            // the queue stands still as it does when no sender runs.
            holder.setAutoCommit(false);
            String recipient = await("a due mail locked before a sender takes it").atMost(Duration.ofSeconds(30))
                    .until(() -> queueAndLock(holder), locked -> locked != null);
            OffsetDateTime due = dueTime(holder, recipient);

            Page stalled = admin.get("admin/outbox.xhtml");

            assertThat(stalled.html().select("#stalled").text())
                    .startsWith("La file d'envoi n'avance plus")
                    .contains("devait partir le " + FrenchFormats.dateTime(due));
            holder.rollback();
            TestMailServer.awaitMessages(recipient, 1, Duration.ofSeconds(30));
        }
        await("the warning gone").atMost(Duration.ofSeconds(30))
                .until(() -> admin.get("admin/outbox.xhtml").html().select("#stalled").isEmpty());
    }

    /**
     * Queues a mail due a day ago and locks it in the holder's transaction; {@code null} when a sender took it
     * between the insert's commit and the lock (the lock waits for the sender's claim, then finds it SENDING).
     */
    private static String queueAndLock(Connection holder) throws SQLException {
        String recipient = "stuck-" + System.nanoTime() + "@example.fr";
        db().execute("""
                insert into outbox_mail (recipient, subject, text_body, kind, status, attempts, next_attempt_at, created_at)
                values (?, 'File bloquée', 'Bonjour.', 'core/test', 'PENDING', 0, now() - interval '1 day', now() - interval '1 day')""",
                recipient);
        try (PreparedStatement lock = holder.prepareStatement(
                "select id from outbox_mail where recipient = ? and status = 'PENDING' for update")) {
            lock.setString(1, recipient);
            try (ResultSet row = lock.executeQuery()) {
                return row.next() ? recipient : null;
            }
        }
    }

    private static OffsetDateTime dueTime(Connection connection, String recipient) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
                "select next_attempt_at from outbox_mail where recipient = ?")) {
            select.setString(1, recipient);
            try (ResultSet row = select.executeQuery()) {
                row.next();
                return row.getObject(1, OffsetDateTime.class);
            }
        }
    }

    /**
     * The {@code mail-queue} check of {@code /health}, blanks and quotes removed ({@code stalled:false}: Payara
     * writes every data value as a string), or {@code ""} when absent. Payara serves {@code /health} at the
     * server's root, whatever the test WAR's context.
     */
    private String mailQueueCheck() {
        String health = client().get("/health").body().replaceAll("[\\s\"]", "");
        Matcher check = CHECK.matcher(health);
        while (check.find()) {
            if (check.group().contains("name:mail-queue")) {
                return check.group();
            }
        }
        return "";
    }

    private static TestMembers db() {
        return TestMembers.in(EmbeddedDatabase.dataSource());
    }

    private WebClient client() {
        return new WebClient(URI.create(base.toString()));
    }
}
