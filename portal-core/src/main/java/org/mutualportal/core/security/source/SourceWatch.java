package org.mutualportal.core.security.source;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.io.Serializable;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.mutualportal.api.time.PortalClock;
import org.mutualportal.core.audit.AuditTrail;
import org.mutualportal.core.audit.CoreAudit;

/**
 * The per-source limits as administrators watch them: sources slowed or refused now, failures and refusals
 * per hour over the last 24 hours, and lifting a source's block.
 */
@ApplicationScoped
public class SourceWatch {

    @PersistenceContext(unitName = "core")
    EntityManager em;

    @Inject
    PortalClock clock;

    @Inject
    SourceLimits limits;

    @Inject
    AuditTrail audit;

    /** A source held back now, for one action. */
    public record Watched(String key, String action, boolean refused, long failures, OffsetDateTime until)
            implements Serializable {
        /** The address or block, without its key's prefix. */
        public String source() {
            return key.substring(key.indexOf(':') + 1);
        }

        public boolean block() {
            return key.startsWith("net:");
        }
    }

    /** Failures and refusals of every address in one hour, for one action. */
    public record HourCount(OffsetDateTime hour, String action, long failures, long refusals) implements Serializable {
    }

    /** Sources refused, then those slowed (failures over the threshold in the window), the most failing first. */
    @Transactional
    public List<Watched> watched() {
        long now = clock.instant().getEpochSecond();
        Map<String, Watched> found = new LinkedHashMap<>();
        @SuppressWarnings("unchecked")
        List<Object[]> refused = em.createNativeQuery("""
                select source_key, action, refused_until from source_state where refused_until > ?1
                 order by refused_until desc""")
                .setParameter(1, now).getResultList();
        for (Object[] r : refused) {
            found.put(r[0] + " " + r[1], new Watched((String) r[0], (String) r[1], true, 0,
                    at(((Number) r[2]).longValue())));
        }
        @SuppressWarnings("unchecked")
        List<Object[]> failing = em.createNativeQuery("""
                select a.source_key, a.action, sum(a.failures) from source_attempt a
                  left join source_state s on s.source_key = a.source_key and s.action = a.action
                 where a.minute > greatest(?1, coalesce(s.lifted_minute, ?1))
                 group by a.source_key, a.action having sum(a.failures) >= ?2""")
                .setParameter(1, now / 60 - limits.windowMinutes()).setParameter(2, limits.slowAfter(false))
                .getResultList();
        List<Watched> rows = new ArrayList<>();
        for (Object[] r : failing) {
            String key = (String) r[0];
            long failures = ((Number) r[2]).longValue();
            Watched known = found.get(key + " " + r[1]);
            if (known != null) {
                found.put(key + " " + r[1], new Watched(key, known.action(), true, failures, known.until()));
            } else if (failures >= limits.slowAfter(key.startsWith("net:"))) {
                rows.add(new Watched(key, (String) r[1], false, failures, null));
            }
        }
        rows.sort(Comparator.comparingLong(Watched::failures).reversed());
        List<Watched> all = new ArrayList<>(found.values());
        all.addAll(rows);
        return all;
    }

    /** The last 24 hours, the latest first; counts of addresses (a block's are the same attempts again). */
    @Transactional
    public List<HourCount> perHour() {
        long minute = clock.instant().getEpochSecond() / 60;
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                select minute / 60, action, sum(failures), sum(refusals) from source_attempt
                 where minute > ?1 and source_key like 'ip:%'
                 group by minute / 60, action order by minute / 60 desc, action""")
                .setParameter(1, minute - 24 * 60).getResultList();
        return rows.stream().map(r -> new HourCount(at(((Number) r[0]).longValue() * 3600), (String) r[1],
                ((Number) r[2]).longValue(), ((Number) r[3]).longValue())).toList();
    }

    /**
     * Lifts a source's refusal and slowing for every action: its failures until now no longer count (from the
     * next minute on). Audited under the administrator's name, with the source.
     *
     * @return whether the source was held back for any action
     */
    @Transactional
    public boolean lift(String key) {
        long now = clock.instant().getEpochSecond();
        boolean held = watched().stream().anyMatch(w -> w.key().equals(key));
        for (SourceAction action : SourceAction.values()) {
            em.createNativeQuery("""
                    insert into source_state (source_key, action, lifted_minute) values (?1, ?2, ?3)
                    on conflict (source_key, action) do update
                       set refused_until = null, next_slot_at = null, lifted_minute = excluded.lifted_minute""")
                    .setParameter(1, key).setParameter(2, action.name()).setParameter(3, now / 60)
                    .executeUpdate();
        }
        audit.record(CoreAudit.SOURCE_LIFTED, key, held ? null : "not-held");
        return held;
    }

    private static OffsetDateTime at(long epochSecond) {
        return OffsetDateTime.ofInstant(Instant.ofEpochSecond(epochSecond), ZoneOffset.UTC);
    }
}
