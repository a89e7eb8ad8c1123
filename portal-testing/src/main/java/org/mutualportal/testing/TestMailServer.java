package org.mutualportal.testing;

import static org.assertj.core.api.Assertions.assertThat;

import org.awaitility.Awaitility;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A real SMTP server (GreenMail) in the test JVM, started once, to which every portal under test sends its
 * mail: its port is published as {@code portal.test.mail.port} before Arquillian reads its configuration.
 * Tests read what arrived, and may stop and restart it to play an SMTP outage.
 */
public final class TestMailServer implements BeforeAllCallback {

    private static GreenMail greenMail;
    private static int port;

    @Override
    public void beforeAll(ExtensionContext context) {
        if (!insideTheContainer()) {
            start();
        }
    }

    public static synchronized int start() {
        if (greenMail == null) {
            try {
                port = EmbeddedDatabase.freePort();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            System.setProperty("portal.test.mail.port", Integer.toString(port));
            greenMail = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
            greenMail.start();
        }
        return port;
    }

    public static int port() {
        return start();
    }

    /** Stops accepting mail (an SMTP outage). */
    public static synchronized void stop() {
        if (greenMail != null) {
            greenMail.stop();
            greenMail = null;
        }
    }

    /** Accepts mail again, on the same port. */
    public static synchronized void restart() {
        if (greenMail == null) {
            greenMail = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
            greenMail.start();
        }
    }

    /** Every message received so far for this address (none inside the container, where GreenMail is not). */
    public static List<MimeMessage> messagesTo(String address) {
        if (insideTheContainer()) {
            return List.of();
        }
        start();
        return Arrays.stream(greenMail.getReceivedMessages()).filter(m -> isTo(m, address)).toList();
    }

    /** Waits until {@code count} messages arrived for the address (the outbox sends every few seconds). */
    public static List<MimeMessage> awaitMessages(String address, int count, Duration timeout) {
        return Awaitility.await(count + " mail(s) to " + address).atMost(timeout).pollInterval(Duration.ofMillis(250))
                .until(() -> messagesTo(address), found -> found.size() >= count);
    }

    /**
     * The six-digit sign-in code of the first "Votre code de connexion" mail to arrive for the address after the
     * {@code skip} messages it had (other mails, such as a new-browser notice, may come in between).
     */
    public static String awaitSignInCode(String address, int skip, Duration timeout) {
        java.util.regex.Pattern code = java.util.regex.Pattern.compile("Votre code de connexion : (\\d{6})");
        if (insideTheContainer()) {
            // No SMTP server in here: the mail as the outbox queued it, before the code page was answered.
            return newestQueuedSubject(address, "core/sign-in-code").map(code::matcher).filter(java.util.regex.Matcher::find)
                    .map(m -> m.group(1)).orElseThrow(() -> new AssertionError("No sign-in code queued for " + address));
        }
        return Awaitility.await("a sign-in code to " + address).atMost(timeout).pollInterval(Duration.ofMillis(250))
                .until(() -> messagesTo(address).stream().skip(skip).map(TestMailServer::subject).map(code::matcher)
                        .filter(java.util.regex.Matcher::find).map(m -> m.group(1)).findFirst(), java.util.Optional::isPresent)
                .orElseThrow();
    }

    /**
     * Checks that the address has exactly {@code count} messages and keeps that many while the outbox runs for
     * {@code during} (a few of its rounds, within which a duplicate would arrive): fewer than {@code count} at first
     * are waited for a few seconds, one more fails the check.
     */
    public static void assertMessageCountStays(String address, int count, Duration during) {
        Awaitility.await("exactly " + count + " mail(s) to " + address).during(during).atMost(during.plusSeconds(5))
                .pollInterval(Duration.ofMillis(250))
                .untilAsserted(() -> assertThat(messagesTo(address)).as("mails to %s", address).hasSize(count));
    }

    /** The plain-text part of a message. */
    public static String text(MimeMessage message) {
        try {
            Object content = message.getContent();
            if (content instanceof String text) {
                return text;
            }
            MimeMultipart parts = (MimeMultipart) content;
            for (int i = 0; i < parts.getCount(); i++) {
                if (parts.getBodyPart(i).isMimeType("text/plain")) {
                    return (String) parts.getBodyPart(i).getContent();
                }
            }
            throw new AssertionError("No text/plain part");
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The HTML part of a message, if any. */
    public static String html(MimeMessage message) {
        try {
            if (message.getContent() instanceof MimeMultipart parts) {
                for (int i = 0; i < parts.getCount(); i++) {
                    if (parts.getBodyPart(i).isMimeType("text/html")) {
                        return (String) parts.getBodyPart(i).getContent();
                    }
                }
            }
            return null;
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static String subject(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static boolean isTo(MimeMessage message, String address) {
        try {
            return Arrays.stream(message.getRecipients(Message.RecipientType.TO))
                    .anyMatch(a -> a.toString().equalsIgnoreCase(address) || a.toString().endsWith("<" + address + ">"));
        } catch (MessagingException e) {
            return false;
        }
    }

    /** Inside the container: the subject of the newest mail of this kind the outbox holds for the address. */
    private static java.util.Optional<String> newestQueuedSubject(String address, String kind) {
        try {
            javax.sql.DataSource portal = (javax.sql.DataSource) new javax.naming.InitialContext().lookup("java:app/jdbc/portal");
            try (java.sql.Connection connection = portal.getConnection();
                    java.sql.PreparedStatement query = connection.prepareStatement(
                            "select subject from outbox_mail where recipient = ? and kind = ? order by id desc limit 1")) {
                query.setString(1, address);
                query.setString(2, kind);
                try (java.sql.ResultSet rows = query.executeQuery()) {
                    return rows.next() ? java.util.Optional.of(rows.getString(1)) : java.util.Optional.empty();
                }
            }
        } catch (javax.naming.NamingException | java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static boolean insideTheContainer() {
        try {
            Class.forName("com.icegreen.greenmail.util.GreenMail", false, TestMailServer.class.getClassLoader());
            return false;
        } catch (ClassNotFoundException e) {
            return true;
        }
    }
}
