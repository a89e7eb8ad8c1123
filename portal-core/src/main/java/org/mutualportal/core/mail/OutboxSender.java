package org.mutualportal.core.mail;

import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.mail.Authenticator;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.PasswordAuthentication;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.io.UnsupportedEncodingException;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.locks.ReentrantLock;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.mutualportal.core.shell.MutualSettings;

/**
 * Delivers the outbox every few seconds, on every instance of a cluster: each instance claims a batch with
 * {@code FOR UPDATE SKIP LOCKED}, so a mail is taken by one instance only.
 *
 * <p>A claim is committed before sending and the outcome after, so an SMTP server that is down leaves the
 * mail queued with a later retry. The one window left is a crash between the SMTP server's acceptance and
 * the commit of "sent": the claim then goes stale and the mail is sent again after
 * {@code portal.mail.stale-minutes}; its Message-ID is derived from the outbox id, so mail systems and
 * clients that de-duplicate see one message.
 *
 * <p>The timer must outlive anything it depends on: a database or relay outage fails runs, never the schedule
 * (see {@link #tick}); {@link SenderPulse} tells {@code /health} and the outbox page when runs keep failing.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class OutboxSender {

    private static final Logger LOG = Logger.getLogger(OutboxSender.class.getName());
    private static final int BATCH = 50;

    @Inject
    OutboxClaims claims;

    @Inject
    MailSettings settings;

    @Inject
    MutualSettings portal;

    @Inject
    SenderPulse pulse;

    private final ReentrantLock running = new ReentrantLock();

    /**
     * Sends what is due, unless the previous run still goes on. Nothing may escape: an exception (or error) leaving
     * a timeout method makes the container expunge the timer for good (Payara logs EJB5119) and mail would stay
     * queued until a restart. A failed run — the database down, say, in {@code releaseStale}, {@code claim} or
     * in recording an outcome — is logged when an outage starts and when it ends, and the next tick tries again;
     * claims a failed run leaves behind go back to the queue after {@code portal.mail.stale-minutes}.
     *
     * <p>No container transaction: each state change commits on its own ({@link OutboxClaims}), and a run's
     * outcome must not hang on the commit of an empty outer transaction.
     */
    @Schedule(second = "*/5", minute = "*", hour = "*", persistent = false, info = "outbox")
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void tick() {
        if (!running.tryLock()) {
            return;
        }
        try {
            pulse.beat();
            sendDue();
            pulse.succeeded().ifPresent(outage -> LOG.info(() -> "Outbox sender working again after "
                    + outage.failedRuns() + " failed run(s) since " + outage.since()));
        } catch (RuntimeException | Error e) {
            if (pulse.failed(Instant.now())) {
                LOG.log(Level.WARNING, "Outbox sender failing: mail stays queued, retried every 5 s (logged again "
                        + "when it works)", e);
            } else {
                LOG.log(Level.FINE, "Outbox sender still failing", e);
            }
        } finally {
            running.unlock();
        }
    }

    /** Sends what is due now. */
    private void sendDue() {
        claims.releaseStale();
        for (List<OutboxMail> batch = claims.claim(BATCH); !batch.isEmpty(); batch = claims.claim(BATCH)) {
            pulse.beat();
            deliver(batch);
            if (batch.size() < BATCH) {
                break;
            }
        }
    }

    private void deliver(List<OutboxMail> batch) {
        Session session = session();
        try (Transport transport = session.getTransport("smtp")) {
            transport.connect();
            for (OutboxMail mail : batch) {
                pulse.beat();
                try {
                    MimeMessage message = message(session, mail);
                    transport.sendMessage(message, message.getAllRecipients());
                    claims.markSent(mail.getId());
                } catch (MessagingException | UnsupportedEncodingException e) {
                    LOG.warning(() -> "Mail " + mail.getId() + " not sent: " + e);
                    claims.markFailed(mail.getId(), e.toString());
                }
            }
        } catch (MessagingException e) {
            LOG.warning(() -> "SMTP server " + settings.host() + ":" + settings.port() + " unreachable: " + e.getMessage());
            batch.forEach(mail -> claims.markFailed(mail.getId(), e.toString()));
        }
    }

    private Session session() {
        Properties props = new Properties();
        props.put("mail.smtp.host", settings.host());
        props.put("mail.smtp.port", Integer.toString(settings.port()));
        props.put("mail.smtp.connectiontimeout", "10000");
        props.put("mail.smtp.timeout", "20000");
        props.put("mail.smtp.writetimeout", "20000");
        props.put("mail.smtp.starttls.enable", Boolean.toString(settings.starttls()));
        props.put("mail.smtp.starttls.required", Boolean.toString(settings.starttls()));
        if (settings.username().isPresent()) {
            props.put("mail.smtp.auth", "true");
            return Session.getInstance(props, new Authenticator() {
                @Override
                protected PasswordAuthentication getPasswordAuthentication() {
                    return new PasswordAuthentication(settings.username().get(), settings.password().orElse(""));
                }
            });
        }
        return Session.getInstance(props);
    }

    private MimeMessage message(Session session, OutboxMail mail) throws MessagingException, UnsupportedEncodingException {
        String domain = URI.create(portal.getBaseUrl()).getHost();
        MimeMessage message = new MimeMessage(session) {
            @Override
            protected void updateMessageID() throws MessagingException {
                setHeader("Message-ID", "<outbox-" + mail.getId() + "." + mail.getCreatedAt().toEpochSecond() + "@"
                        + (domain == null ? "localhost" : domain) + ">");
            }
        };
        message.setFrom(new InternetAddress(settings.from(), portal.getMutualName(), "UTF-8"));
        message.setRecipient(Message.RecipientType.TO, new InternetAddress(mail.getRecipient(), true));
        message.setSubject(mail.getSubject(), "UTF-8");
        message.setSentDate(java.util.Date.from(mail.getCreatedAt().toInstant()));
        if (mail.getHtmlBody() == null) {
            message.setText(mail.getTextBody(), "UTF-8");
        } else {
            MimeBodyPart text = new MimeBodyPart();
            text.setText(mail.getTextBody(), "UTF-8");
            MimeBodyPart html = new MimeBodyPart();
            html.setText(mail.getHtmlBody(), "UTF-8", "html");
            message.setContent(new MimeMultipart("alternative", text, html));
        }
        message.saveChanges();
        return message;
    }
}
