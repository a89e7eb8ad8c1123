package org.mutualportal.core.security;

import org.mutualportal.api.security.AccountStatus;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Set;
import org.mutualportal.api.security.AccountSearch;
import org.mutualportal.api.security.AccountSummary;
import org.mutualportal.api.security.Actor;
import org.mutualportal.api.security.WebAccount;
import org.mutualportal.api.security.WebAccounts;
import org.mutualportal.api.web.NotFoundException;
import java.util.stream.Collectors;
import org.mutualportal.api.security.Roles;
import org.mutualportal.api.time.PortalClock;

/**
 * The core's {@link WebAccounts}.
 *
 * Web accounts for the modules that manage them (registration, recovery, "Mon compte", administration):
 * creation, activation, credentials and closure, always hashing with {@link PasswordHasher}.
 */
@ApplicationScoped
public class AccountStore implements WebAccounts {

    private static final SecureRandom RANDOM = new SecureRandom();

    /** The columns {@link #summaries} maps; every search adds its condition and order. */
    private static final String SUMMARY = """
            select a.id, a.login, a.member_id, m.last_name, m.first_name, a.roles, a.status, a.locked_until,
                   a.failed_attempts, a.created_at, a.last_login_at
            from web_account a left join member m on m.id = a.member_id
            """;

    @PersistenceContext(unitName = "core")
    EntityManager em;

    @Inject
    PasswordHasher hasher;

    @Inject
    PortalClock clock;

    @Inject
    Actor actor;

    @Override
    public Optional<WebAccount> byLogin(String login) {
        return em.createQuery("select a from WebAccountEntity a where a.login = :login", WebAccountEntity.class)
                .setParameter("login", WebAccountEntity.normalizeLogin(login))
                .getResultStream().findFirst().map(WebAccount.class::cast);
    }

    @Override
    public Optional<WebAccount> byMember(long memberId) {
        return em.createQuery("select a from WebAccountEntity a where a.memberId = :member", WebAccountEntity.class)
                .setParameter("member", memberId)
                .getResultStream().findFirst().map(WebAccount.class::cast);
    }

    /**
     * The active accounts of many members in one query (notifications after an import of thousands of
     * payments), by member id.
     */
    @Override
    public Map<Long, WebAccount> activeByMembers(Collection<Long> memberIds) {
        if (memberIds.isEmpty()) {
            return Map.of();
        }
        return em.createQuery("select a from WebAccountEntity a where a.memberId in :members and a.status = :active",
                        WebAccountEntity.class)
                .setParameter("members", memberIds)
                .setParameter("active", AccountStatus.ACTIVE)
                .getResultStream()
                .collect(Collectors.toMap(WebAccountEntity::getMemberId, a -> (WebAccount) a));
    }

    @Override
    public Optional<WebAccount> find(long accountId) {
        return Optional.ofNullable(em.find(WebAccountEntity.class, accountId));
    }

    /**
     * A page of a search, in SQL along the indexes (login and last-name prefixes with {@code varchar_pattern_ops},
     * unique membership numbers), with the membership numbers of the page's members in one more query.
     */
    @Override
    public List<AccountSummary> search(AccountSearch search, int first, int max) {
        return summaries(bind(em.createNativeQuery(SUMMARY + where(search) + " order by a.login, a.id limit ?4 offset ?5"),
                search).setParameter(4, max).setParameter(5, first));
    }

    @Override
    public long count(AccountSearch search) {
        return ((Number) bind(em.createNativeQuery(
                "select count(*) from web_account a left join member m on m.id = a.member_id " + where(search)), search)
                .getSingleResult()).longValue();
    }

    @Override
    public Optional<AccountSummary> summary(long accountId) {
        return summaries(em.createNativeQuery(SUMMARY + " where a.id = ?1").setParameter(1, accountId)).stream().findFirst();
    }

    private static String where(AccountSearch search) {
        return switch (search.kind()) {
            case MEMBERSHIP_NUMBER ->
                " where a.member_id in (select s.member_id from membership s where s.membership_number = ?1)";
            case LOGIN_PREFIX -> " where a.login like ?1 escape '\\'";
            case NAME -> search.firstName() == null ? " where lower(m.last_name) like ?1 escape '\\'"
                    : " where lower(m.last_name) like ?1 escape '\\'"
                    + " or (lower(m.last_name) like ?2 escape '\\' and lower(m.first_name) like ?3 escape '\\')";
            case STAFF -> " where a.member_id is null";
        };
    }

    private static Query bind(Query sql, AccountSearch search) {
        switch (search.kind()) {
            case MEMBERSHIP_NUMBER -> sql.setParameter(1, search.text());
            case LOGIN_PREFIX -> sql.setParameter(1, likePrefix(search.text().toLowerCase(Locale.ROOT)));
            case NAME -> {
                String last = search.text().toLowerCase(Locale.ROOT);
                if (search.firstName() == null) {
                    sql.setParameter(1, likePrefix(last));
                } else {
                    String first = search.firstName().toLowerCase(Locale.ROOT);
                    sql.setParameter(1, likePrefix(last + " " + first)).setParameter(2, likePrefix(last))
                            .setParameter(3, likePrefix(first));
                }
            }
            case STAFF -> {
                // Nothing to bind: the condition is fixed.
            }
        }
        return sql;
    }

    /** A LIKE pattern matching values that start with the text, its wildcards taken literally. */
    static String likePrefix(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }

    /** Maps rows of {@link #SUMMARY}, with the membership numbers of the page's members read in one more query. */
    @SuppressWarnings("unchecked")
    private List<AccountSummary> summaries(Query query) {
        List<Object[]> found = query.getResultList();
        List<Long> memberIds = found.stream().filter(r -> r[2] != null).map(r -> ((Number) r[2]).longValue()).toList();
        Map<Long, List<String>> numbers = new HashMap<>();
        if (!memberIds.isEmpty()) {
            em.createQuery("""
                    select s.memberId, s.membershipNumber from MembershipEntity s where s.memberId in :members
                    order by s.membershipNumber""", Object[].class)
                    .setParameter("members", memberIds)
                    .getResultList()
                    .forEach(r -> numbers.computeIfAbsent(((Number) r[0]).longValue(), k -> new ArrayList<>())
                            .add((String) r[1]));
        }
        OffsetDateTime now = clock.now();
        List<AccountSummary> summaries = new ArrayList<>(found.size());
        for (Object[] r : found) {
            Long memberId = r[2] == null ? null : ((Number) r[2]).longValue();
            OffsetDateTime lockedUntil = time(r[7]);
            summaries.add(new AccountSummary(((Number) r[0]).longValue(), (String) r[1], memberId,
                    memberId == null ? null : r[4] + " " + ((String) r[3]).toUpperCase(Locale.FRANCE),
                    memberId == null ? List.of() : numbers.getOrDefault(memberId, List.of()),
                    WebAccountEntity.roles((String) r[5]), AccountStatus.valueOf((String) r[6]),
                    lockedUntil != null && lockedUntil.isAfter(now), lockedUntil, ((Number) r[8]).intValue(),
                    time(r[9]), time(r[10])));
        }
        return summaries;
    }

    /** A native query's timestamp, whichever type the driver returns. */
    private static OffsetDateTime time(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof OffsetDateTime offset) {
            return offset;
        }
        return ((Timestamp) value).toInstant().atOffset(ZoneOffset.UTC);
    }

    /** A member's account waiting for activation. */
    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public WebAccount createForMember(long memberId, String login, String passwordHash) {
        WebAccountEntity account = new WebAccountEntity(memberId, login, passwordHash, Set.of(Roles.MEMBER),
                AccountStatus.PENDING_ACTIVATION, clock.now());
        em.persist(account);
        em.flush();
        return account;
    }

    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public WebAccount createPasswordlessForMember(long memberId, String login) {
        WebAccountEntity account = new WebAccountEntity(memberId, login, WebAccountEntity.NO_PASSWORD,
                Set.of(Roles.MEMBER), AccountStatus.PENDING_ACTIVATION, clock.now());
        em.persist(account);
        em.flush();
        return account;
    }

    /** A staff account whose password nobody knows: its holder chooses one through a reset link. */
    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public WebAccount createForStaff(String login, Set<String> roles) {
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        WebAccountEntity account = new WebAccountEntity(null, login,
                hasher.hash(Base64.getEncoder().encodeToString(secret).toCharArray()), staffRoles(roles),
                AccountStatus.ACTIVE, clock.now());
        em.persist(account);
        em.flush();
        return account;
    }

    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public void activate(long accountId) {
        WebAccountEntity account = managed(accountId);
        if (account.getStatus() == AccountStatus.PENDING_ACTIVATION) {
            account.changeStatus(AccountStatus.ACTIVE);
        }
    }

    @Override
    public boolean passwordMatches(long accountId, char[] password) {
        return password != null
                && find(accountId).map(a -> hasher.verify(password, ((WebAccountEntity) a).getPasswordHash())).orElse(false);
    }

    @Override
    public String hash(char[] password) {
        return hasher.hash(password);
    }

    /** Sets a new password, unlocks the account, and ends every session opened before now. */
    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public WebAccount changePassword(long accountId, String newHash) {
        WebAccountEntity account = managed(accountId);
        account.changePasswordHash(newHash);
        account.unlock();
        account.endSessionsBefore(clock.now());
        return account;
    }

    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public void changeLogin(long accountId, String newLogin) {
        managed(accountId).changeLogin(newLogin);
    }

    /**
     * New roles for a staff account; its sessions end (unless it is the actor's own), so that a withdrawn role
     * stops at once.
     */
    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public WebAccount changeRoles(long accountId, Set<String> roles) {
        WebAccountEntity account = managed(accountId);
        account.changeRoles(staffRoles(roles));
        if (!Long.valueOf(accountId).equals(actor.accountId())) {
            account.endSessionsBefore(clock.now());
        }
        return account;
    }

    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public void unlock(long accountId) {
        managed(accountId).unlock();
    }

    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public void close(long accountId) {
        WebAccountEntity account = managed(accountId);
        account.changeStatus(AccountStatus.CLOSED);
        account.endSessionsBefore(clock.now());
    }

    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public void reopen(long accountId) {
        WebAccountEntity account = managed(accountId);
        if (account.getStatus() == AccountStatus.CLOSED) {
            account.changeStatus(AccountStatus.ACTIVE);
        }
    }

    /** Removes the account (its devices go with it); the member's insurance records stay. */
    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public void delete(long accountId) {
        WebAccountEntity account = em.find(WebAccountEntity.class, accountId);
        if (account != null) {
            em.remove(account);
        }
    }

    private WebAccountEntity managed(long accountId) {
        WebAccountEntity account = em.find(WebAccountEntity.class, accountId);
        if (account == null) {
            throw new NotFoundException();
        }
        return account;
    }

    /** Only staff roles are given to a staff account, whatever was asked. */
    private static Set<String> staffRoles(Set<String> asked) {
        return asked.stream().filter(r -> r.equals(Roles.STAFF) || r.equals(Roles.ADMIN))
                .collect(Collectors.toCollection(java.util.TreeSet::new));
    }
}
