package org.mutualportal.core.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.mutualportal.core.time.PortalClock;

/**
 * Records security events and administrative actions, both in the {@code audit_event} table (searchable by
 * administrators) and in the server log (category {@code org.mutualportal.audit}, UTC timestamps).
 *
 * <p>{@link #record} joins the caller's transaction, so an action and its audit line commit together;
 * {@link #recordAlone} commits on its own, for events whose cause is rolled back (a failed login).
 */
@ApplicationScoped
public class AuditLog {

    private static final Logger LOG = Logger.getLogger("org.mutualportal.audit");

    @PersistenceContext(unitName = "core")
    EntityManager em;

    @Inject
    PortalClock clock;

    @Transactional(Transactional.TxType.REQUIRED)
    public void record(String actor, String action, String target, String detail, String remoteAddress) {
        AuditEvent event = new AuditEvent(clock.now(), actor, action, clip(target, 200), clip(detail, 1000),
                clip(remoteAddress, 64));
        em.persist(event);
        log(event);
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void recordAlone(String actor, String action, String target, String detail, String remoteAddress) {
        record(actor, action, target, detail, remoteAddress);
    }

    /** The latest events of an action, newest first (administration and tests). */
    public List<AuditEvent> latest(String action, int max) {
        return em.createQuery("select e from AuditEvent e where e.action = :action order by e.id desc", AuditEvent.class)
                .setParameter("action", action)
                .setMaxResults(max)
                .getResultList();
    }

    private static void log(AuditEvent event) {
        if (LOG.isLoggable(Level.INFO)) {
            LOG.info(String.format("%s actor=%s action=%s target=%s from=%s %s", event.getOccurredAt(),
                    event.getActor(), event.getAction(), event.getTarget(), event.getRemoteAddress(),
                    event.getDetail() == null ? "" : event.getDetail()));
        }
    }

    private static String clip(String value, int max) {
        return value == null || value.length() <= max ? value : value.substring(0, max);
    }
}
