package org.mutualportal.core.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.mutualportal.core.spi.Roles;
import org.mutualportal.core.time.PortalClock;

/**
 * Web accounts for the modules that manage them (registration, recovery, "Mon compte", administration):
 * creation, activation, credentials and closure, always hashing with {@link PasswordHasher}.
 */
@ApplicationScoped
public class WebAccounts {

    @PersistenceContext(unitName = "core")
    EntityManager em;

    @Inject
    PasswordHasher hasher;

    @Inject
    PortalClock clock;

    public Optional<WebAccount> byLogin(String login) {
        return em.createQuery("select a from WebAccount a where a.login = :login", WebAccount.class)
                .setParameter("login", WebAccount.normalizeLogin(login))
                .getResultStream().findFirst();
    }

    public Optional<WebAccount> byMember(long memberId) {
        return em.createQuery("select a from WebAccount a where a.memberId = :member", WebAccount.class)
                .setParameter("member", memberId)
                .getResultStream().findFirst();
    }

    /**
     * The active accounts of many members in one query (notifications after an import of thousands of
     * payments), by member id.
     */
    public Map<Long, WebAccount> activeByMembers(Collection<Long> memberIds) {
        if (memberIds.isEmpty()) {
            return Map.of();
        }
        return em.createQuery("select a from WebAccount a where a.memberId in :members and a.status = :active", WebAccount.class)
                .setParameter("members", memberIds)
                .setParameter("active", AccountStatus.ACTIVE)
                .getResultStream()
                .collect(Collectors.toMap(WebAccount::getMemberId, a -> a));
    }

    public Optional<WebAccount> find(long accountId) {
        return Optional.ofNullable(em.find(WebAccount.class, accountId));
    }

    /** A member's account waiting for activation. */
    @Transactional(Transactional.TxType.MANDATORY)
    public WebAccount createForMember(long memberId, String login, String passwordHash) {
        WebAccount account = new WebAccount(memberId, login, passwordHash, Set.of(Roles.MEMBER),
                AccountStatus.PENDING_ACTIVATION, clock.now());
        em.persist(account);
        em.flush();
        return account;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void activate(long accountId) {
        WebAccount account = em.find(WebAccount.class, accountId);
        if (account.getStatus() == AccountStatus.PENDING_ACTIVATION) {
            account.changeStatus(AccountStatus.ACTIVE);
        }
    }

    public boolean passwordMatches(long accountId, char[] password) {
        return find(accountId).map(a -> hasher.verify(password, a.getPasswordHash())).orElse(false);
    }

    public String hash(char[] password) {
        return hasher.hash(password);
    }

    /** Sets a new password, unlocks the account, and ends every session opened before now. */
    @Transactional(Transactional.TxType.MANDATORY)
    public WebAccount changePassword(long accountId, String newHash) {
        WebAccount account = em.find(WebAccount.class, accountId);
        account.changePasswordHash(newHash);
        account.unlock();
        account.endSessionsBefore(clock.now());
        return account;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void changeLogin(long accountId, String newLogin) {
        em.find(WebAccount.class, accountId).changeLogin(newLogin);
    }

    /** Removes the account (its devices go with it); the member's insurance records stay. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void delete(long accountId) {
        WebAccount account = em.find(WebAccount.class, accountId);
        if (account != null) {
            em.remove(account);
        }
    }
}
