package org.mutualportal.core.admin;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.List;
import java.util.function.Consumer;
import org.mutualportal.core.audit.AuditEvent;
import org.mutualportal.api.time.PortalClock;

/**
 * Searches the audit trail for the administrators, newest first, paged in SQL: each criterion matches a
 * column that an index of {@code audit_event} leads with (action, actor, target, time), so a search stays
 * fast on years of events. Exports walk the same search in batches by keyset (time and id of the last row
 * read), so that an export of a million lines never holds more than one batch in memory.
 */
@ApplicationScoped
public class AuditSearch {

    static final int BATCH = 500;

    @PersistenceContext(unitName = "core")
    EntityManager em;

    @Inject
    ActorNames actorNames;

    /** The criteria as the trail stores them: typed logins become account references. */
    public record Resolved(AuditCriteria criteria, String actor, String target) {
    }

    public Resolved resolve(AuditCriteria criteria) {
        return new Resolved(criteria, actorNames.reference(criteria.actor()), actorNames.reference(criteria.target()));
    }

    public List<AuditEvent> search(Resolved criteria, int first, int max) {
        return bind(em.createQuery("select e from AuditEvent e" + where(criteria, false)
                + " order by e.occurredAt desc, e.id desc", AuditEvent.class), criteria, null)
                .setFirstResult(first).setMaxResults(max).getResultList();
    }

    public long count(Resolved criteria) {
        return bind(em.createQuery("select count(e) from AuditEvent e" + where(criteria, false), Long.class), criteria, null)
                .getSingleResult();
    }

    /** Every event of the search, newest first, handed over batch by batch. */
    public void forEachBatch(Resolved criteria, Consumer<List<AuditEvent>> consumer) {
        AuditEvent last = null;
        while (true) {
            List<AuditEvent> batch = bind(em.createQuery("select e from AuditEvent e" + where(criteria, last != null)
                    + " order by e.occurredAt desc, e.id desc", AuditEvent.class), criteria, last)
                    .setMaxResults(BATCH).getResultList();
            if (batch.isEmpty()) {
                return;
            }
            consumer.accept(batch);
            if (batch.size() < BATCH) {
                return;
            }
            last = batch.get(batch.size() - 1);
        }
    }

    /**
     * The actions the trail holds, for the search form: read as a loose index scan (one index probe per
     * distinct action) rather than a scan of every event.
     */
    @SuppressWarnings("unchecked")
    public List<String> actions() {
        return em.createNativeQuery("""
                with recursive actions (action) as (
                    (select action from audit_event order by action limit 1)
                    union all
                    select (select e.action from audit_event e where e.action > a.action order by e.action limit 1)
                    from actions a where a.action is not null)
                select action from actions where action is not null""").getResultList();
    }

    private static String where(Resolved criteria, boolean after) {
        StringBuilder where = new StringBuilder(" where 1 = 1");
        AuditCriteria c = criteria.criteria();
        if (c.from() != null) {
            where.append(" and e.occurredAt >= :from");
        }
        if (c.to() != null) {
            where.append(" and e.occurredAt < :to");
        }
        if (c.action() != null) {
            where.append(" and e.action = :action");
        }
        if (criteria.actor() != null) {
            where.append(" and e.actor = :actor");
        }
        if (criteria.target() != null) {
            where.append(" and e.target = :target");
        }
        if (after) {
            where.append(" and (e.occurredAt < :lastAt or (e.occurredAt = :lastAt and e.id < :lastId))");
        }
        return where.toString();
    }

    private static <T> TypedQuery<T> bind(TypedQuery<T> query, Resolved criteria, AuditEvent last) {
        AuditCriteria c = criteria.criteria();
        if (c.from() != null) {
            query.setParameter("from", c.from().atStartOfDay(PortalClock.PARIS).toOffsetDateTime());
        }
        if (c.to() != null) {
            query.setParameter("to", c.to().plusDays(1).atStartOfDay(PortalClock.PARIS).toOffsetDateTime());
        }
        if (c.action() != null) {
            query.setParameter("action", c.action());
        }
        if (criteria.actor() != null) {
            query.setParameter("actor", criteria.actor());
        }
        if (criteria.target() != null) {
            query.setParameter("target", criteria.target());
        }
        if (last != null) {
            query.setParameter("lastAt", last.getOccurredAt());
            query.setParameter("lastId", last.getId());
        }
        return query;
    }
}
