package org.mutualportal.core.admin;

import org.mutualportal.core.audit.CoreAudit;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.io.Serializable;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.mutualportal.core.audit.AuditTrail;
import org.mutualportal.core.mail.MailSettings;
import org.mutualportal.core.mail.SenderPulse;
import org.mutualportal.core.mail.OutboxMail.Status;
import org.mutualportal.api.time.PortalClock;

/**
 * The outbox as administrators watch it: how many mails stand in each state, the ones waiting and the ones
 * given up, and "retry now" for a mail given up (once the relay or the address is fixed).
 *
 * <p>Lists never load the mails' bodies, and page in SQL along the outbox's partial indexes (due mails by
 * next attempt, failed ones newest first). A retried mail keeps its attempt count: the sender gives it one
 * more attempt now, and it is marked failed again if that one fails too.
 */
@ApplicationScoped
public class OutboxAdmin {

    @PersistenceContext(unitName = "core")
    EntityManager em;

    @Inject
    PortalClock clock;

    @Inject
    AuditTrail audit;

    @Inject
    MailSettings settings;

    @Inject
    SenderPulse pulse;

    /** A mail as the console lists it: the recipient partly masked, no body. */
    public record MailRow(long id, String recipient, String template, int attempts, String lastError,
            OffsetDateTime nextAttemptAt, OffsetDateTime createdAt) implements Serializable {
    }

    /** How many mails stand in each state (every state present, zero when none). */
    public Map<Status, Long> counts() {
        Map<Status, Long> counts = new EnumMap<>(Status.class);
        for (Status status : Status.values()) {
            counts.put(status, 0L);
        }
        em.createQuery("select m.status, count(m) from OutboxMail m group by m.status", Object[].class)
                .getResultList()
                .forEach(row -> counts.put((Status) row[0], ((Number) row[1]).longValue()));
        return counts;
    }

    /** A page of mails waiting (by next attempt) or given up (newest first). */
    public List<MailRow> list(Status status, int first, int max) {
        String order = status == Status.PENDING ? " order by m.nextAttemptAt, m.id" : " order by m.id desc";
        return em.createQuery("""
                select m.id, m.recipient, m.kind, m.attempts, m.lastError, m.nextAttemptAt, m.createdAt
                from OutboxMail m where m.status = :s""" + order, Object[].class)
                .setParameter("s", status)
                .setFirstResult(first)
                .setMaxResults(max)
                .getResultList().stream()
                .map(r -> new MailRow(((Number) r[0]).longValue(), maskRecipient((String) r[1]), (String) r[2],
                        ((Number) r[3]).intValue(), (String) r[4], (OffsetDateTime) r[5], (OffsetDateTime) r[6]))
                .toList();
    }

    /**
     * When the queue stopped moving, if it did: the due time of the mail waiting longest, once it is older than
     * {@code portal.mail.stalled-after-seconds}. Any instance's sender takes a due mail within seconds, so such a
     * mail means no sender works (all timers gone, or every run failing). A relay that refuses mail does not
     * show here: its mails wait for their next attempt, with their last error in the list.
     */
    public Optional<OffsetDateTime> stalledSince() {
        OffsetDateTime oldestDue = em.createQuery("select min(m.nextAttemptAt) from OutboxMail m where m.status = :s",
                OffsetDateTime.class).setParameter("s", Status.PENDING).getSingleResult();
        return Optional.ofNullable(oldestDue).filter(due -> due.isBefore(clock.now().minus(settings.stalledAfter())));
    }

    /** Since when this instance's sender fails, once that lasts longer than {@code portal.mail.stalled-after-seconds}. */
    public Optional<OffsetDateTime> senderFailingSince() {
        return pulse.failingLongerThan(settings.stalledAfter(), Instant.now())
                ? pulse.failingSince().map(since -> since.atOffset(ZoneOffset.UTC))
                : Optional.empty();
    }

    /**
     * Puts a failed mail back in the queue, due now (the sender takes it within seconds); audited.
     *
     * @return whether the mail was waiting as failed (another administrator may have retried it already)
     */
    @Transactional
    public boolean retry(long mailId) {
        int changed = em.createQuery("""
                update OutboxMail m set m.status = :pending, m.nextAttemptAt = :now
                where m.id = :id and m.status = :failed""")
                .setParameter("pending", Status.PENDING)
                .setParameter("failed", Status.FAILED)
                .setParameter("now", clock.now())
                .setParameter("id", mailId)
                .executeUpdate();
        if (changed == 1) {
            audit.record(CoreAudit.MAIL_RETRIED, "mail:" + mailId, null);
        }
        return changed == 1;
    }

    /** {@code ma•••@example.fr}: enough to recognise a mail, not enough to read an address off the screen. */
    public static String maskRecipient(String recipient) {
        if (recipient == null) {
            return "";
        }
        int at = recipient.lastIndexOf('@');
        if (at < 0) {
            return recipient.length() <= 2 ? "•••" : recipient.substring(0, 2) + "•••";
        }
        String local = recipient.substring(0, at);
        return (local.length() <= 2 ? local.substring(0, Math.min(1, local.length())) : local.substring(0, 2))
                + "•••" + recipient.substring(at);
    }
}
