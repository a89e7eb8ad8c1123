package org.mutualportal.core.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import jakarta.enterprise.context.ContextNotActiveException;
import org.mutualportal.api.audit.AuditAction;
import org.mutualportal.api.audit.AuditLog;
import org.mutualportal.api.security.Actor;
import org.mutualportal.api.time.PortalClock;

/**
 * The core's {@link AuditLog}: records security events and administrative actions, both in the {@code audit_event} table (searchable by
 * administrators) and in the server log (category {@code org.mutualportal.audit}, UTC timestamps).
 *
 * <p>{@link #record} joins the caller's transaction, so an action and its audit line commit together;
 * {@link #recordAlone} commits on its own, for events whose cause is rolled back (a failed login). Who acts, from
 * where and under which request id come from the request's {@link Actor}; the sign-in mechanism, which acts for an
 * account before its session exists, names the actor itself ({@link #recordAs}).
 */
@ApplicationScoped
public class AuditTrail implements AuditLog {

    private static final Logger LOG = Logger.getLogger("org.mutualportal.audit");

    @PersistenceContext(unitName = "core")
    EntityManager em;

    @Inject
    PortalClock clock;

    @Inject
    Actor actor;

    @Override
    @Transactional(Transactional.TxType.REQUIRED)
    public void record(AuditAction action, String target, String detail) {
        write(null, action, target, detail);
    }

    @Override
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void recordAlone(AuditAction action, String target, String detail) {
        write(null, action, target, detail);
    }

    /** Records an action of a named actor (an account signing in, before its session exists). */
    @Transactional(Transactional.TxType.REQUIRED)
    public void recordAs(String actorName, AuditAction action, String target, String detail) {
        write(actorName, action, target, detail);
    }

    /** {@link #recordAs} in a transaction of its own. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void recordAloneAs(String actorName, AuditAction action, String target, String detail) {
        write(actorName, action, target, detail);
    }

    private void write(String actorName, AuditAction action, String target, String detail) {
        String name;
        String address;
        String requestId;
        try {
            name = actorName == null ? actor.name() : actorName;
            address = actor.remoteAddress();
            requestId = actor.requestId();
        } catch (ContextNotActiveException noRequest) {
            name = actorName == null ? "system" : actorName;
            address = null;
            requestId = "-";
        }
        AuditEvent event = new AuditEvent(clock.now(), name, action.code(), clip(target, 200), clip(detail, 1000),
                clip(address, 64));
        em.persist(event);
        log(event, requestId);
    }

    /** The latest events of an action, newest first (administration and tests). */
    public List<AuditEvent> latest(String action, int max) {
        return em.createQuery("select e from AuditEvent e where e.action = :action order by e.id desc", AuditEvent.class)
                .setParameter("action", action)
                .setMaxResults(max)
                .getResultList();
    }

    private static void log(AuditEvent event, String requestId) {
        if (LOG.isLoggable(Level.INFO)) {
            LOG.info(String.format("%s req=%s actor=%s action=%s target=%s from=%s %s", event.getOccurredAt(), requestId,
                    event.getActor(), event.getAction(), event.getTarget(), event.getRemoteAddress(),
                    event.getDetail() == null ? "" : event.getDetail()));
        }
    }

    private static String clip(String value, int max) {
        return value == null || value.length() <= max ? value : value.substring(0, max);
    }
}
