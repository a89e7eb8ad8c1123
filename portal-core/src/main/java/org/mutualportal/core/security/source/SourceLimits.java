package org.mutualportal.core.security.source;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;
import org.mutualportal.api.time.PortalClock;
import org.mutualportal.core.audit.AuditTrail;
import org.mutualportal.core.audit.CoreAudit;

/**
 * Failed attempts per client source and action, counted in PostgreSQL (every instance of a cluster shares
 * them), for the address and for its block. Within {@code portal.security.source.window-minutes}, from
 * {@code slow-after} failures a source gets one attempt every {@code slow-seconds}; at {@code refuse-after}
 * it is refused for {@code refuse-minutes}. A block's thresholds are {@code block-factor} times its address's.
 *
 * <p>{@link #check} comes before any costly work (a password verification) and answers from two small
 * indexed reads; a refused or slowed attempt is never verified, so a script hammering the portal from one
 * source costs it a query, not a PBKDF2 computation. Callers {@link #failed record} what failed afterwards.
 */
@ApplicationScoped
public class SourceLimits {

    /** The administrators' counts go back 24 hours; the rows one more hour, then the purge takes them. */
    static final long KEEP_MINUTES = 25 * 60;

    @PersistenceContext(unitName = "core")
    EntityManager em;

    @Inject
    PortalClock clock;

    @Inject
    AuditTrail audit;

    @Inject
    MetricRegistry metrics;

    @Inject
    @ConfigProperty(name = "portal.security.source.window-minutes", defaultValue = "10")
    int windowMinutes;

    @Inject
    @ConfigProperty(name = "portal.security.source.slow-after", defaultValue = "20")
    int slowAfter;

    @Inject
    @ConfigProperty(name = "portal.security.source.refuse-after", defaultValue = "50")
    int refuseAfter;

    @Inject
    @ConfigProperty(name = "portal.security.source.slow-seconds", defaultValue = "2")
    int slowSeconds;

    @Inject
    @ConfigProperty(name = "portal.security.source.refuse-minutes", defaultValue = "15")
    int refuseMinutes;

    @Inject
    @ConfigProperty(name = "portal.security.source.block-factor", defaultValue = "5")
    int blockFactor;

    @Inject
    @ConfigProperty(name = "portal.security.source.risk-after", defaultValue = "3")
    int riskAfter;

    private final AtomicLong lastPurgeMinute = new AtomicLong();

    /**
     * Whether the source may make this attempt now. A slowed source that may takes the next slot: of many
     * concurrent attempts, on any instance, one goes on and the others wait.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public SourceDecision check(ClientSource source, SourceAction action) {
        long now = clock.instant().getEpochSecond();
        purgeNowAndThen(now / 60);
        SourceDecision decision = SourceDecision.ALLOWED;
        for (KeyState state : states(source, action, now)) {
            int factor = state.isBlock() ? blockFactor : 1;
            if (state.refusedUntil() > now) {
                decision = worse(decision, new SourceDecision(SourceDecision.Verdict.REFUSED,
                        Duration.ofSeconds(state.refusedUntil() - now)));
            } else if (state.failures() >= (long) refuseAfter * factor) {
                // Counted over the threshold elsewhere without the refusal (lifted, or a race): refuse from now.
                long until = refuse(state.key(), action, now);
                decision = worse(decision, new SourceDecision(SourceDecision.Verdict.REFUSED, Duration.ofSeconds(until - now)));
            } else if (state.failures() >= (long) slowAfter * factor && !takeSlot(state.key(), action, now)) {
                decision = worse(decision, new SourceDecision(SourceDecision.Verdict.SLOWED,
                        Duration.ofSeconds(Math.max(1, state.nextSlotAt() - now))));
            }
        }
        if (!decision.allowed()) {
            em.createNativeQuery("""
                    insert into source_attempt (source_key, action, minute, refusals) values (?1, ?2, ?3, 1)
                    on conflict (source_key, action, minute) do update set refusals = source_attempt.refusals + 1""")
                    .setParameter(1, source.addressKey()).setParameter(2, action.name()).setParameter(3, now / 60)
                    .executeUpdate();
            metrics.counter("portal.source.refusals", new Tag("action", action.name()),
                    new Tag("state", decision.verdict().name().toLowerCase(java.util.Locale.ROOT))).inc();
        }
        return decision;
    }

    /** Counts a failed attempt (or, for {@link SourceAction#PASSWORD_RESET}, any attempt) of the source. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void failed(ClientSource source, SourceAction action) {
        long now = clock.instant().getEpochSecond();
        for (String key : List.of(source.addressKey(), source.blockKey())) {
            em.createNativeQuery("""
                    insert into source_attempt (source_key, action, minute, failures) values (?1, ?2, ?3, 1)
                    on conflict (source_key, action, minute) do update set failures = source_attempt.failures + 1""")
                    .setParameter(1, key).setParameter(2, action.name()).setParameter(3, now / 60)
                    .executeUpdate();
        }
        for (KeyState state : states(source, action, now)) {
            if (state.refusedUntil() <= now && state.failures() >= (long) refuseAfter * (state.isBlock() ? blockFactor : 1)) {
                refuse(state.key(), action, now);
            }
        }
        metrics.counter("portal.source.failures", new Tag("action", action.name())).inc();
    }

    /**
     * Whether the source failed lately at signing in: {@code portal.security.source.risk-after} failed sign-ins
     * or codes from the address within the window (or that many times the block factor from its block).
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean hasRecentFailures(ClientSource source) {
        long now = clock.instant().getEpochSecond();
        long address = 0;
        long block = 0;
        for (SourceAction action : List.of(SourceAction.SIGN_IN, SourceAction.LOGIN_CODE)) {
            for (KeyState state : states(source, action, now)) {
                if (state.isBlock()) {
                    block += state.failures();
                } else {
                    address += state.failures();
                }
            }
        }
        return address >= riskAfter || block >= (long) riskAfter * blockFactor;
    }

    /** The failures, refusal and next slot of the source's address and block for one action. */
    private List<KeyState> states(ClientSource source, SourceAction action, long now) {
        long windowStart = now / 60 - windowMinutes;
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                select k.source_key, coalesce(s.refused_until, 0), coalesce(s.next_slot_at, 0),
                       (select coalesce(sum(a.failures), 0) from source_attempt a
                         where a.source_key = k.source_key and a.action = ?1
                           and a.minute > greatest(?2, coalesce(s.lifted_minute, ?2)))
                  from (values (cast(?3 as varchar)), (cast(?4 as varchar))) k(source_key)
                  left join source_state s on s.source_key = k.source_key and s.action = ?1""")
                .setParameter(1, action.name()).setParameter(2, windowStart)
                .setParameter(3, source.addressKey()).setParameter(4, source.blockKey())
                .getResultList();
        return rows.stream().map(r -> new KeyState((String) r[0], ((Number) r[1]).longValue(),
                ((Number) r[2]).longValue(), ((Number) r[3]).longValue())).toList();
    }

    /** Refuses the key from now for the configured minutes (once: a refusal running is not extended). */
    private long refuse(String key, SourceAction action, long now) {
        long until = now + refuseMinutes * 60L;
        int started = em.createNativeQuery("""
                insert into source_state (source_key, action, refused_until) values (?1, ?2, ?3)
                on conflict (source_key, action) do update set refused_until = excluded.refused_until
                 where source_state.refused_until is null or source_state.refused_until <= ?4""")
                .setParameter(1, key).setParameter(2, action.name()).setParameter(3, until).setParameter(4, now)
                .executeUpdate();
        if (started > 0) {
            audit.recordAs("anonymous", CoreAudit.SOURCE_REFUSED, key, "action=" + action.name() + " minutes=" + refuseMinutes);
        }
        return until;
    }

    /** Takes the slowed key's next slot if it is free: true for one of many concurrent callers. */
    private boolean takeSlot(String key, SourceAction action, long now) {
        return em.createNativeQuery("""
                insert into source_state (source_key, action, next_slot_at) values (?1, ?2, ?3)
                on conflict (source_key, action) do update set next_slot_at = excluded.next_slot_at
                 where source_state.next_slot_at is null or source_state.next_slot_at <= ?4""")
                .setParameter(1, key).setParameter(2, action.name()).setParameter(3, now + slowSeconds)
                .setParameter(4, now)
                .executeUpdate() > 0;
    }

    /** At most once a minute per instance: rows past the administrators' 24 hours, states over. */
    private void purgeNowAndThen(long minute) {
        long last = lastPurgeMinute.get();
        if (last == minute || !lastPurgeMinute.compareAndSet(last, minute)) {
            return;
        }
        em.createNativeQuery("delete from source_attempt where minute < ?1").setParameter(1, minute - KEEP_MINUTES)
                .executeUpdate();
        em.createNativeQuery("""
                delete from source_state where coalesce(refused_until, 0) < ?1 and coalesce(next_slot_at, 0) < ?1
                   and coalesce(lifted_minute, 0) < ?2""")
                .setParameter(1, minute * 60).setParameter(2, minute - windowMinutes)
                .executeUpdate();
    }

    private static SourceDecision worse(SourceDecision a, SourceDecision b) {
        if (a.verdict() != b.verdict()) {
            return a.verdict().compareTo(b.verdict()) > 0 ? a : b;
        }
        return a.retryAfter().compareTo(b.retryAfter()) >= 0 ? a : b;
    }

    int windowMinutes() {
        return windowMinutes;
    }

    int slowAfter(boolean block) {
        return slowAfter * (block ? blockFactor : 1);
    }

    int refuseAfter(boolean block) {
        return refuseAfter * (block ? blockFactor : 1);
    }

    private record KeyState(String key, long refusedUntil, long nextSlotAt, long failures) {
        boolean isBlock() {
            return key.startsWith("net:");
        }
    }
}
