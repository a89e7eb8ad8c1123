package org.mutualportal.core.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;
import org.mutualportal.core.audit.AuditLog;
import org.mutualportal.core.time.PortalClock;

/**
 * Checks a login and password and keeps the account's protection: consecutive failures lock the account
 * for a while ({@code portal.login.max-failures}, {@code portal.login.lock-minutes}), counted in the
 * database so that every instance of a cluster counts the same failures.
 *
 * <p>The answer never tells an unknown identifier from a wrong password or a locked account, and takes the
 * time of one password verification in every case.
 */
@ApplicationScoped
public class SignInAttempts {

    @PersistenceContext(unitName = "core")
    EntityManager em;

    @Inject
    PasswordHasher hasher;

    @Inject
    PortalClock clock;

    @Inject
    AuditLog audit;

    @Inject
    jakarta.enterprise.event.Event<AccountLocked> lockedEvents;

    @Inject
    MetricRegistry metrics;

    @Inject
    @ConfigProperty(name = "portal.login.max-failures", defaultValue = "5")
    int maxFailures;

    @Inject
    @ConfigProperty(name = "portal.login.lock-minutes", defaultValue = "15")
    int lockMinutes;

    /**
     * The account the credentials open, if they do. Commits the failure count or the sign-in on its own,
     * whatever happens to the caller's transaction.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Optional<WebAccount> check(String login, char[] password, String remoteAddress) {
        String normalized = WebAccount.normalizeLogin(login);
        List<WebAccount> found = normalized == null || normalized.isEmpty() ? List.of()
                : em.createQuery("select a from WebAccount a where a.login = :login", WebAccount.class)
                        .setParameter("login", normalized)
                        .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                        .getResultList();
        if (found.isEmpty()) {
            hasher.verifyDecoy(password);
            audit.record("anonymous", "LOGIN_FAILED", "login:unknown", null, remoteAddress);
            count("failed");
            return Optional.empty();
        }
        WebAccount account = found.get(0);
        boolean passwordMatches = hasher.verify(password, account.getPasswordHash());
        String actor = "account:" + account.getId();
        if (account.isLocked(clock.now())) {
            audit.record(actor, "LOGIN_REFUSED_LOCKED", actor, null, remoteAddress);
            count("locked");
            return Optional.empty();
        }
        if (!passwordMatches) {
            boolean lockedNow = account.failed(clock.now(), maxFailures, Duration.ofMinutes(lockMinutes));
            audit.record(actor, "LOGIN_FAILED", actor, "failures=" + account.getFailedAttempts(), remoteAddress);
            if (lockedNow) {
                audit.record(actor, "ACCOUNT_LOCKED", actor, "until=" + account.getLockedUntil(), remoteAddress);
                lockedEvents.fire(new AccountLocked(account.getId(), account.getLockedUntil()));
            }
            count("failed");
            return Optional.empty();
        }
        if (account.getStatus() != AccountStatus.ACTIVE) {
            audit.record(actor, "LOGIN_REFUSED_" + account.getStatus(), actor, null, remoteAddress);
            count("inactive");
            return Optional.empty();
        }
        if (hasher.needsRehash(account.getPasswordHash())) {
            account.changePasswordHash(hasher.hash(password));
            audit.record(actor, "PASSWORD_REHASHED", actor, "iterations=" + hasher.iterations(), remoteAddress);
        }
        account.signedIn(clock.now());
        audit.record(actor, "LOGIN_SUCCEEDED", actor, null, remoteAddress);
        count("succeeded");
        return Optional.of(account);
    }

    /** Sign-ins by outcome, for MicroProfile Metrics ({@code portal_logins_total{outcome=…}}). */
    private void count(String outcome) {
        metrics.counter("portal.logins", new Tag("outcome", outcome)).inc();
    }

    /** Fired, inside the locking transaction, when failures lock an account (the account module mails its owner). */
    public record AccountLocked(long accountId, java.time.OffsetDateTime until) {
    }
}
