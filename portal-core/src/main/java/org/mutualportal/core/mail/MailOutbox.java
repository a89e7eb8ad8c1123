package org.mutualportal.core.mail;

import org.mutualportal.api.mail.Outbox;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;
import org.mutualportal.api.time.PortalClock;

/**
 * The core's {@link Outbox}: the portal's one way to send e-mail: queue it in the caller's transaction; {@link OutboxSender} delivers
 * it. When the SMTP server is down the mail waits and is retried with back-off — never lost, and sent once
 * (see {@link OutboxSender} for the one case where a receiving server may see it twice).
 *
 * <h2>Usage</h2>
 * <pre>
 * outbox.queue(member.getEmail(), "account/activation", Map.of("link", settings.link("/public/account/activate.xhtml?token=" + token)));
 * </pre>
 */
@ApplicationScoped
public class MailOutbox implements Outbox {

    @PersistenceContext(unitName = "core")
    EntityManager em;

    @Inject
    MailTemplates templates;

    @Inject
    PortalClock clock;

    /** Renders a template ({@code <module>/<name>}) and queues it. */
    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public void queue(String recipient, String template, Map<String, String> values) {
        em.persist(new OutboxMail(recipient, template, templates.render(template, values), clock.now()));
    }

    /** The mails sent to an address, newest first (administration and tests). */
    public List<OutboxMail> sentTo(String recipient) {
        return em.createQuery("select m from OutboxMail m where m.recipient = :r order by m.id desc", OutboxMail.class)
                .setParameter("r", recipient).getResultList();
    }

    /** How many mails wait to be sent, or failed for good. */
    public long count(OutboxMail.Status status) {
        return em.createQuery("select count(m) from OutboxMail m where m.status = :s", Long.class)
                .setParameter("s", status).getSingleResult();
    }
}
