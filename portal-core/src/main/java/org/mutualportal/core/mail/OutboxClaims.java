package org.mutualportal.core.mail;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.mutualportal.api.time.PortalClock;

/** The outbox's state changes, each committed on its own so that sending happens between two commits. */
@ApplicationScoped
public class OutboxClaims {

    @PersistenceContext(unitName = "core")
    EntityManager em;

    @Inject
    PortalClock clock;

    @Inject
    MailSettings settings;

    @Inject
    @ConfigProperty(name = "portal.mail.stale-minutes", defaultValue = "10")
    int staleMinutes;

    /** Takes up to {@code max} due mails for this instance (others skip them). */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    @SuppressWarnings("unchecked")
    public List<OutboxMail> claim(int max) {
        OffsetDateTime now = clock.now();
        List<Number> ids = em.createNativeQuery("""
                update outbox_mail set status = 'SENDING', claimed_at = ?1, attempts = attempts + 1
                where id in (select id from outbox_mail where status = 'PENDING' and next_attempt_at <= ?1
                             order by id limit ?2 for update skip locked)
                returning id""")
                .setParameter(1, now)
                .setParameter(2, max)
                .getResultList();
        if (ids.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select m from OutboxMail m where m.id in :ids order by m.id", OutboxMail.class)
                .setParameter("ids", ids.stream().map(Number::longValue).toList())
                .getResultList();
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void markSent(long id) {
        em.find(OutboxMail.class, id).sent(clock.now());
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void markFailed(long id, String error) {
        OutboxMail mail = em.find(OutboxMail.class, id);
        boolean giveUp = mail.getAttempts() >= settings.maxAttempts();
        mail.failed(error, clock.now().plusSeconds(settings.retryDelaySeconds(mail.getAttempts())), giveUp);
    }

    /** Claims older than {@code portal.mail.stale-minutes} belong to an instance that died: queue them again. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public int releaseStale() {
        return em.createNativeQuery("""
                update outbox_mail set status = 'PENDING', next_attempt_at = ?1
                where status = 'SENDING' and claimed_at < ?2""")
                .setParameter(1, clock.now())
                .setParameter(2, clock.now().minusMinutes(staleMinutes))
                .executeUpdate();
    }
}
