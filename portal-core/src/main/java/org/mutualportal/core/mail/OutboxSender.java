package org.mutualportal.core.mail;

import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
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
import java.util.List;
import java.util.Properties;
import java.util.concurrent.locks.ReentrantLock;
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

    private final ReentrantLock running = new ReentrantLock();

    @Schedule(second = "*/5", minute = "*", hour = "*", persistent = false, info = "outbox")
    void tick() {
        sendDue();
    }

    /** Sends what is due now; returns how many mails were sent. Skips if a run is already going on. */
    public int sendDue() {
        if (!running.tryLock()) {
            return 0;
        }
        try {
            claims.releaseStale();
            int sent = 0;
            for (List<OutboxMail> batch = claims.claim(BATCH); !batch.isEmpty(); batch = claims.claim(BATCH)) {
                sent += deliver(batch);
                if (batch.size() < BATCH) {
                    break;
                }
            }
            return sent;
        } finally {
            running.unlock();
        }
    }

    private int deliver(List<OutboxMail> batch) {
        Session session = session();
        int sent = 0;
        try (Transport transport = session.getTransport("smtp")) {
            transport.connect();
            for (OutboxMail mail : batch) {
                try {
                    MimeMessage message = message(session, mail);
                    transport.sendMessage(message, message.getAllRecipients());
                    claims.markSent(mail.getId());
                    sent++;
                } catch (MessagingException | UnsupportedEncodingException e) {
                    LOG.warning(() -> "Mail " + mail.getId() + " not sent: " + e);
                    claims.markFailed(mail.getId(), e.toString());
                }
            }
        } catch (MessagingException e) {
            LOG.warning(() -> "SMTP server " + settings.host() + ":" + settings.port() + " unreachable: " + e.getMessage());
            batch.forEach(mail -> claims.markFailed(mail.getId(), e.toString()));
        }
        return sent;
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
