package org.mutualportal.account.admin;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.mutualportal.account.registration.Registrations;
import org.mutualportal.account.token.AccountToken.Purpose;
import org.mutualportal.account.token.AccountTokens;
import org.mutualportal.core.address.EmailAddresses;
import org.mutualportal.core.audit.AuditLog;
import org.mutualportal.core.mail.Outbox;
import org.mutualportal.core.member.Member;
import org.mutualportal.core.member.MemberDirectory;
import org.mutualportal.core.security.AccountStatus;
import org.mutualportal.core.security.WebAccount;
import org.mutualportal.core.security.WebAccounts;
import org.mutualportal.core.shell.PortalSettings;
import org.mutualportal.core.spi.Roles;
import org.mutualportal.core.time.PortalClock;

/**
 * The administrators' work on web accounts: search (paged in SQL, along the indexes of migration V2),
 * unlock, resend an activation link, and the staff's accounts. Every change is audited with the
 * administrator who made it, in the change's transaction.
 *
 * <p>A new staff member gets no password: the account is created with an unusable one and a set-password
 * link — the module's password-reset token, valid as long as an activation link — goes to their address,
 * so that no password ever travels by e-mail. An administrator cannot take their own ADMIN role away nor
 * disable their own account: the portal always keeps the administrator who is at the keyboard.
 */
@ApplicationScoped
public class AccountAdministration {

    /** The roles a staff account may hold. */
    public static final List<String> STAFF_ROLES = List.of(Roles.STAFF, Roles.ADMIN);

    private static final SecureRandom RANDOM = new SecureRandom();

    private static final String SELECT = """
            select a.id, a.login, a.member_id, m.last_name, m.first_name, a.roles, a.status, a.locked_until,
                   a.failed_attempts, a.created_at, a.last_login_at
            from web_account a left join member m on m.id = a.member_id
            """;

    @PersistenceContext(unitName = "core")
    EntityManager em;

    @Inject
    WebAccounts accounts;

    @Inject
    AccountTokens tokens;

    @Inject
    Registrations registrations;

    @Inject
    MemberDirectory members;

    @Inject
    Outbox outbox;

    @Inject
    AuditLog audit;

    @Inject
    PortalSettings settings;

    @Inject
    PortalClock clock;

    @Inject
    @ConfigProperty(name = "portal.account.activation-hours", defaultValue = "48")
    int activationHours;

    /** What an action came to. */
    public enum Outcome {
        DONE, NOT_APPLICABLE, SELF, INVALID_LOGIN, LOGIN_TAKEN, NO_ROLE
    }

    /** The result of creating a staff account: the new account's id when {@code outcome} is DONE. */
    public record Creation(Outcome outcome, Long accountId) {
    }

    // --- search ---------------------------------------------------------------------------------------------

    /** A page of the accounts a search finds, by login. */
    public List<AccountRow> search(String typed, int first, int max) {
        AccountQuery query = AccountQuery.of(typed);
        if (query.kind() == AccountQuery.Kind.NONE) {
            return List.of();
        }
        return rows(bind(em.createNativeQuery(SELECT + where(query) + " order by a.login, a.id limit ?4 offset ?5"), query)
                .setParameter(4, max).setParameter(5, first));
    }

    public long count(String typed) {
        AccountQuery query = AccountQuery.of(typed);
        if (query.kind() == AccountQuery.Kind.NONE) {
            return 0;
        }
        return ((Number) bind(em.createNativeQuery("select count(*) from web_account a left join member m on m.id = a.member_id "
                + where(query)), query).getSingleResult()).longValue();
    }

    /** A page of the staff's accounts (no member behind them), by login. */
    public List<AccountRow> staff(int first, int max) {
        return rows(em.createNativeQuery(SELECT + " where a.member_id is null order by a.login, a.id limit ?1 offset ?2")
                .setParameter(1, max).setParameter(2, first));
    }

    public long staffCount() {
        return ((Number) em.createNativeQuery("select count(*) from web_account where member_id is null")
                .getSingleResult()).longValue();
    }

    public Optional<AccountRow> find(long accountId) {
        return rows(em.createNativeQuery(SELECT + " where a.id = ?1").setParameter(1, accountId)).stream().findFirst();
    }

    /** A search shows members' names and numbers: it is a read of member data, audited as such. */
    @Transactional
    public void searched(String typed, String actor, String remoteAddress) {
        AccountQuery query = AccountQuery.of(typed);
        audit.record(actor, "ACCOUNTS_SEARCHED", null, query.kind() + ":" + query.value(), remoteAddress);
    }

    /** Opening a member's account (name, numbers, activity) is a read of member data, audited. */
    @Transactional
    public void viewed(AccountRow account, String actor, String remoteAddress) {
        if (!account.isStaff()) {
            audit.record(actor, "ACCOUNT_VIEWED", target(account.id()), "member:" + account.memberId(), remoteAddress);
        }
    }

    private static String where(AccountQuery query) {
        return switch (query.kind()) {
            case NUMBER -> " where a.member_id in (select s.member_id from membership s where s.membership_number = ?1)";
            case LOGIN -> " where a.login like ?1 escape '\\'";
            case NAME -> " where lower(m.last_name) like ?1 escape '\\'"
                    + " or (lower(m.last_name) like ?2 escape '\\' and lower(m.first_name) like ?3 escape '\\')";
            case NONE -> throw new IllegalArgumentException("No search");
        };
    }

    private static Query bind(Query sql, AccountQuery query) {
        switch (query.kind()) {
            case NUMBER -> sql.setParameter(1, query.value());
            case LOGIN -> sql.setParameter(1, AccountQuery.prefix(query.value()));
            case NAME -> sql.setParameter(1, AccountQuery.prefix(query.value()))
                    .setParameter(2, AccountQuery.prefix(query.firstToken()))
                    .setParameter(3, query.rest() == null ? "" : AccountQuery.prefix(query.rest()));
            case NONE -> throw new IllegalArgumentException("No search");
        }
        return sql;
    }

    /** Maps rows of {@link #SELECT}, with the membership numbers of the page's members read in one more query. */
    @SuppressWarnings("unchecked")
    private List<AccountRow> rows(Query query) {
        List<Object[]> found = query.getResultList();
        List<Long> memberIds = found.stream().filter(r -> r[2] != null).map(r -> ((Number) r[2]).longValue()).toList();
        Map<Long, List<String>> numbers = new HashMap<>();
        if (!memberIds.isEmpty()) {
            em.createQuery("""
                    select s.memberId, s.membershipNumber from Membership s where s.memberId in :members
                    order by s.membershipNumber""", Object[].class)
                    .setParameter("members", memberIds)
                    .getResultList()
                    .forEach(r -> numbers.computeIfAbsent(((Number) r[0]).longValue(), k -> new ArrayList<>())
                    .add((String) r[1]));
        }
        OffsetDateTime now = clock.now();
        List<AccountRow> rows = new ArrayList<>();
        for (Object[] r : found) {
            Long memberId = r[2] == null ? null : ((Number) r[2]).longValue();
            OffsetDateTime lockedUntil = time(r[7]);
            rows.add(new AccountRow(((Number) r[0]).longValue(), (String) r[1], memberId,
                    memberId == null ? null : ((String) r[4]) + " " + ((String) r[3]).toUpperCase(java.util.Locale.FRANCE),
                    memberId == null ? null : String.join(", ", numbers.getOrDefault(memberId, List.of())),
                    roles((String) r[5]), AccountStatus.valueOf((String) r[6]),
                    lockedUntil != null && lockedUntil.isAfter(now), lockedUntil, ((Number) r[8]).intValue(),
                    time(r[9]), time(r[10])));
        }
        return rows;
    }

    private static OffsetDateTime time(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof OffsetDateTime offset) {
            return offset;
        }
        return ((Timestamp) value).toInstant().atOffset(ZoneOffset.UTC);
    }

    private static Set<String> roles(String roles) {
        return Arrays.stream(roles.split(",")).map(String::strip).filter(r -> !r.isEmpty())
                .collect(Collectors.toCollection(LinkedHashSet::new));
    }

    // --- members' accounts ----------------------------------------------------------------------------------

    /** Lifts a lock and forgets the failures: the member may sign in at once. */
    @Transactional
    public Outcome unlock(long accountId, String actor, String remoteAddress) {
        WebAccount account = account(accountId);
        if (account.getLockedUntil() == null && account.getFailedAttempts() == 0) {
            return Outcome.NOT_APPLICABLE;
        }
        account.unlock();
        audit.record(actor, "ACCOUNT_UNLOCKED", target(accountId), null, remoteAddress);
        return Outcome.DONE;
    }

    /** A new activation link for a member's account still waiting for one (earlier links stop working). */
    @Transactional
    public Outcome resendActivation(long accountId, String actor, String remoteAddress) {
        WebAccount account = account(accountId);
        if (account.getStatus() != AccountStatus.PENDING_ACTIVATION || account.getMemberId() == null) {
            return Outcome.NOT_APPLICABLE;
        }
        Member holder = members.find(account.getMemberId()).orElseThrow();
        registrations.sendActivation(account, holder);
        audit.record(actor, "ACTIVATION_RESENT", target(accountId), null, remoteAddress);
        return Outcome.DONE;
    }

    // --- staff accounts -------------------------------------------------------------------------------------

    /** Creates a staff account and mails its holder a link to choose a password. */
    @Transactional
    public Creation createStaff(String login, Set<String> roles, String actor, String remoteAddress) {
        if (!EmailAddresses.isValid(login) || login.strip().length() > WebAccount.LOGIN_LENGTH) {
            return new Creation(Outcome.INVALID_LOGIN, null);
        }
        Set<String> granted = staffRoles(roles);
        if (granted.isEmpty()) {
            return new Creation(Outcome.NO_ROLE, null);
        }
        String normalized = EmailAddresses.normalize(login);
        if (accounts.byLogin(normalized).isPresent()) {
            return new Creation(Outcome.LOGIN_TAKEN, null);
        }
        WebAccount account = new WebAccount(null, normalized, accounts.hash(unusablePassword()), granted,
                AccountStatus.ACTIVE, clock.now());
        em.persist(account);
        em.flush();
        String token = tokens.issue(account.getId(), Purpose.PASSWORD_RESET, Duration.ofHours(activationHours), null);
        outbox.queue(normalized, "account/staff-invitation", Map.of(
                "link", settings.link("/public/account/reset-password.xhtml?token=" + token),
                "hours", Integer.toString(activationHours),
                "loginLink", settings.link("/login.xhtml")));
        audit.record(actor, "STAFF_ACCOUNT_CREATED", target(account.getId()), "roles=" + String.join(",", granted),
                remoteAddress);
        return new Creation(Outcome.DONE, account.getId());
    }

    /**
     * Gives a staff account these roles; its open sessions end, so that a removed role stops at once.
     * An administrator's own account keeps ADMIN.
     */
    @Transactional
    public Outcome changeRoles(long accountId, Set<String> roles, long adminAccountId, String actor, String remoteAddress) {
        WebAccount account = account(accountId);
        if (account.getMemberId() != null) {
            return Outcome.NOT_APPLICABLE;
        }
        Set<String> granted = staffRoles(roles);
        if (granted.isEmpty()) {
            return Outcome.NO_ROLE;
        }
        if (accountId == adminAccountId && !granted.contains(Roles.ADMIN)) {
            return Outcome.SELF;
        }
        if (granted.equals(new TreeSet<>(account.getRoles()))) {
            return Outcome.DONE;
        }
        String before = String.join(",", new TreeSet<>(account.getRoles()));
        account.changeRoles(granted);
        if (accountId != adminAccountId) {
            account.endSessionsBefore(clock.now());
        }
        audit.record(actor, "STAFF_ROLES_CHANGED", target(accountId), "roles=" + before + "->" + String.join(",", granted),
                remoteAddress);
        return Outcome.DONE;
    }

    /** Closes a staff account: no more sign-in, and its open sessions end within the session re-check delay. */
    @Transactional
    public Outcome disable(long accountId, long adminAccountId, String actor, String remoteAddress) {
        WebAccount account = account(accountId);
        if (accountId == adminAccountId) {
            return Outcome.SELF;
        }
        if (account.getMemberId() != null || account.getStatus() == AccountStatus.CLOSED) {
            return Outcome.NOT_APPLICABLE;
        }
        account.changeStatus(AccountStatus.CLOSED);
        account.endSessionsBefore(clock.now());
        audit.record(actor, "STAFF_ACCOUNT_DISABLED", target(accountId), null, remoteAddress);
        return Outcome.DONE;
    }

    /** Opens a disabled staff account again (with its former password). */
    @Transactional
    public Outcome enable(long accountId, String actor, String remoteAddress) {
        WebAccount account = account(accountId);
        if (account.getMemberId() != null || account.getStatus() != AccountStatus.CLOSED) {
            return Outcome.NOT_APPLICABLE;
        }
        account.changeStatus(AccountStatus.ACTIVE);
        audit.record(actor, "STAFF_ACCOUNT_ENABLED", target(accountId), null, remoteAddress);
        return Outcome.DONE;
    }

    /** The staff roles among those asked, in a stable order (ADMIN, STAFF). */
    static Set<String> staffRoles(Set<String> asked) {
        return asked == null ? Set.of()
                : asked.stream().filter(STAFF_ROLES::contains).collect(Collectors.toCollection(TreeSet::new));
    }

    private WebAccount account(long accountId) {
        return accounts.find(accountId).orElseThrow(org.mutualportal.core.web.NotFoundException::new);
    }

    private static String target(long accountId) {
        return "account:" + accountId;
    }

    /** A password nobody knows, so that the account opens only through the set-password link. */
    private static char[] unusablePassword() {
        byte[] random = new byte[32];
        RANDOM.nextBytes(random);
        return Base64.getEncoder().encodeToString(random).toCharArray();
    }
}
