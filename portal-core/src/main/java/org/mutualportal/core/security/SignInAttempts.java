package org.mutualportal.core.security;

import org.mutualportal.api.security.AccountStatus;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;
import org.mutualportal.core.audit.AuditTrail;
import org.mutualportal.core.audit.CoreAudit;
import org.mutualportal.core.mail.MailOutbox;
import org.mutualportal.core.member.MemberEntity;
import org.mutualportal.core.security.oidc.staff.StaffAccess;
import org.mutualportal.core.security.oidc.staff.StaffAudit;
import org.mutualportal.api.time.PortalClock;
import org.mutualportal.api.text.FrenchFormats;

/**
 * Checks a login and password and keeps the account's protection, counted in the database so that every
 * instance of a cluster counts the same failures: from {@code portal.login.slowdown-after} consecutive
 * failures each next attempt must wait longer (2, 4, 8 s…), and {@code portal.login.max-failures} lock the
 * account for {@code portal.login.lock-minutes}, with an e-mail to its owner. The French password
 * recommendation of the CNIL (2022) accepts a 10-character policy only with such a restriction.
 *
 * <p>The answer never tells an unknown identifier from a wrong password, a locked or an inactive account,
 * and takes the time of one password verification in every case. When staff sign in only through the company's
 * provider ({@link StaffAccess}), the right password of a staff or administrator account fails the same way, as does
 * the password of an account linked at a staff provider.
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
    AuditTrail audit;

    @Inject
    MailOutbox outbox;

    @Inject
    Event<AccountLocked> lockedEvents;

    @Inject
    MetricRegistry metrics;

    @Inject
    StaffAccess staffAccess;

    @Inject
    @ConfigProperty(name = "portal.login.max-failures", defaultValue = "5")
    int maxFailures;

    @Inject
    @ConfigProperty(name = "portal.login.slowdown-after", defaultValue = "3")
    int slowdownAfter;

    @Inject
    @ConfigProperty(name = "portal.login.lock-minutes", defaultValue = "15")
    int lockMinutes;

    /**
     * The account the password opens, if it does. Commits the failure count on its own, whatever happens to
     * the caller's transaction. Does not sign in: see {@link #signedIn}.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Optional<WebAccountEntity> check(String login, char[] password) {
        String normalized = WebAccountEntity.normalizeLogin(login);
        List<WebAccountEntity> found = normalized == null || normalized.isEmpty() ? List.of()
                : em.createQuery("select a from WebAccountEntity a where a.login = :login", WebAccountEntity.class)
                        .setParameter("login", normalized)
                        .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                        .getResultList();
        if (found.isEmpty()) {
            hasher.verifyDecoy(password);
            audit.recordAs("anonymous", CoreAudit.LOGIN_FAILED, "login:unknown", null);
            count("failed");
            return Optional.empty();
        }
        WebAccountEntity account = found.get(0);
        String actor = "account:" + account.getId();
        OffsetDateTime now = clock.now();
        if (account.isLocked(now) || account.isTooSoon(now, slowdownAfter)) {
            hasher.verifyDecoy(password);
            audit.recordAs(actor, account.isLocked(now) ? CoreAudit.LOGIN_REFUSED_LOCKED : CoreAudit.LOGIN_REFUSED_TOO_SOON,
                    actor, null);
            count("throttled");
            return Optional.empty();
        }
        if (!hasher.verify(password, account.getPasswordHash())) {
            boolean lockedNow = account.failed(now, maxFailures, Duration.ofMinutes(lockMinutes));
            audit.recordAs(actor, CoreAudit.LOGIN_FAILED, actor, "failures=" + account.getFailedAttempts());
            if (lockedNow) {
                locked(account);
            }
            count("failed");
            return Optional.empty();
        }
        if (account.getStatus() != AccountStatus.ACTIVE) {
            audit.recordAs(actor, CoreAudit.loginRefused(account.getStatus()), actor, null);
            count("inactive");
            return Optional.empty();
        }
        Optional<StaffAudit> staffOnly = staffAccess.passwordRefusal(account);
        if (staffOnly.isPresent()) {
            // Staff sign in through the company's provider: the right password answers as a wrong one, after the
            // same verification and without the rehash below (whose extra work would tell it was right).
            audit.recordAs(actor, staffOnly.get(), actor, null);
            count("failed");
            return Optional.empty();
        }
        if (hasher.needsRehash(account.getPasswordHash())) {
            account.changePasswordHash(hasher.hash(password));
            audit.recordAs(actor, CoreAudit.PASSWORD_REHASHED, actor, "iterations=" + hasher.iterations());
        }
        return Optional.of(account);
    }

    /**
     * Completes a sign-in (after the second factor, when one was asked): the dates the dashboard shows.
     *
     * @return the sign-in before this one, or {@code null} for the account's first
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public OffsetDateTime signedIn(long accountId) {
        // Locked like check(): two sign-ins of one account at once (a double click, two devices) would otherwise
        // both update the same version and the second would fail with an optimistic-lock error.
        WebAccountEntity account = em.find(WebAccountEntity.class, accountId, LockModeType.PESSIMISTIC_WRITE);
        account.signedIn(clock.now());
        audit.recordAs("account:" + accountId, CoreAudit.LOGIN_SUCCEEDED, "account:" + accountId, null);
        count("succeeded");
        return account.getPreviousLoginAt();
    }

    private void locked(WebAccountEntity account) {
        String actor = "account:" + account.getId();
        audit.recordAs(actor, CoreAudit.ACCOUNT_LOCKED, actor, "until=" + account.getLockedUntil());
        MemberEntity member = account.getMemberId() == null ? null : em.find(MemberEntity.class, account.getMemberId());
        outbox.queue(account.getLogin(), "core/account-locked", Map.of(
                "firstName", member == null ? "" : member.getFirstName(),
                "until", FrenchFormats.dateTime(account.getLockedUntil()),
                "minutes", Integer.toString(lockMinutes)));
        lockedEvents.fire(new AccountLocked(account.getId(), account.getLockedUntil()));
    }

    /** Sign-ins by outcome, for MicroProfile Metrics ({@code portal_logins_total{outcome=…}}). */
    private void count(String outcome) {
        metrics.counter("portal.logins", new Tag("outcome", outcome)).inc();
    }

    /** Fired, inside the locking transaction, when failures lock an account. */
    public record AccountLocked(long accountId, OffsetDateTime until) {
    }
}
