package org.mutualportal.account.admin;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.mutualportal.account.AccountAudit;
import org.mutualportal.account.AccountModule;
import org.mutualportal.account.registration.Registrations;
import org.mutualportal.account.token.AccountToken.Purpose;
import org.mutualportal.account.token.AccountTokens;
import org.mutualportal.api.audit.AuditLog;
import org.mutualportal.api.error.BusinessException;
import org.mutualportal.api.mail.Outbox;
import org.mutualportal.api.member.Member;
import org.mutualportal.api.member.MemberDirectory;
import org.mutualportal.api.security.AccountSearch;
import org.mutualportal.api.security.AccountStatus;
import org.mutualportal.api.security.Actor;
import org.mutualportal.api.security.Roles;
import org.mutualportal.api.security.WebAccount;
import org.mutualportal.api.security.WebAccounts;
import org.mutualportal.api.settings.PortalSettings;
import org.mutualportal.api.validation.EmailAddresses;
import org.mutualportal.api.web.NotFoundException;

/**
 * The administrators' work on web accounts: search (paged in SQL by the core, along the core's indexes), unlock, resend an activation link, and the staff's accounts. Every change is audited, with the
 * administrator who made it, in the change's transaction.
 *
 * <p>A new staff member gets no password: the core creates the account with an unusable one, and a
 * set-password link — the module's password-reset token, valid as long as an activation link — goes to their
 * address, so that no password ever travels by e-mail. An administrator cannot take their own ADMIN role away
 * nor disable their own account: the portal always keeps the administrator who is at the keyboard.
 */
@ApplicationScoped
public class AccountAdministration {

    /** The roles a staff account may hold. */
    public static final List<String> STAFF_ROLES = List.of(Roles.STAFF, Roles.ADMIN);

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
    Actor actor;

    @Inject
    PortalSettings settings;

    @Inject
    @ConfigProperty(name = "portal.account.activation-hours", defaultValue = "48")
    int activationHours;

    /** What an action on an account came to; refusals of a form's input are {@link BusinessException}s. */
    public enum Outcome {
        DONE, NOT_APPLICABLE, SELF
    }

    // --- search ---------------------------------------------------------------------------------------------

    /** A page of the accounts a search finds (or of the staff's accounts), by login. */
    public List<AccountRow> search(AccountSearch search, int first, int max) {
        return accounts.search(search, first, max).stream().map(AccountRow::new).toList();
    }

    public long count(AccountSearch search) {
        return accounts.count(search);
    }

    public Optional<AccountRow> find(long accountId) {
        return accounts.summary(accountId).map(AccountRow::new);
    }

    /** A search shows members' names and numbers: it is a read of member data, audited as such. */
    @Transactional
    public void searched(AccountQuery query) {
        audit.record(AccountAudit.ACCOUNTS_SEARCHED, null, query.kind() + ":" + query.value());
    }

    /** Opening a member's account (name, numbers, activity) is a read of member data, audited. */
    @Transactional
    public void viewed(AccountRow account) {
        if (!account.isStaff()) {
            audit.record(AccountAudit.ACCOUNT_VIEWED, target(account.summary().id()), "member:" + account.summary().memberId());
        }
    }

    // --- members' accounts ----------------------------------------------------------------------------------

    /** Lifts a lock and forgets the failures: the member may sign in at once. */
    @Transactional
    public Outcome unlock(long accountId) {
        WebAccount account = account(accountId);
        if (account.getLockedUntil() == null && account.getFailedAttempts() == 0) {
            return Outcome.NOT_APPLICABLE;
        }
        accounts.unlock(accountId);
        audit.record(AccountAudit.ACCOUNT_UNLOCKED, target(accountId), null);
        return Outcome.DONE;
    }

    /** A new activation link for a member's account still waiting for one (earlier links stop working). */
    @Transactional
    public Outcome resendActivation(long accountId) {
        WebAccount account = account(accountId);
        if (account.getStatus() != AccountStatus.PENDING_ACTIVATION || account.getMemberId() == null) {
            return Outcome.NOT_APPLICABLE;
        }
        Member holder = members.find(account.getMemberId()).orElseThrow(NotFoundException::new);
        registrations.sendActivation(account, holder);
        audit.record(AccountAudit.ACTIVATION_RESENT, target(accountId), null);
        return Outcome.DONE;
    }

    // --- staff accounts -------------------------------------------------------------------------------------

    /**
     * Creates a staff account and mails its holder a link to choose a password.
     *
     * @param login an e-mail address, as typed (the form's constraints checked it)
     * @return the new account's id
     * @throws BusinessException on {@code login} when the address is already a login, on {@code roles} when no
     *         staff role is asked
     */
    @Transactional
    public long createStaff(String login, Set<String> roles) {
        Set<String> granted = staffRoles(roles);
        if (granted.isEmpty()) {
            throw new BusinessException(AccountModule.BUNDLE, "admin.outcome.NO_ROLE").on("roles");
        }
        String normalized = EmailAddresses.normalize(login);
        if (accounts.byLogin(normalized).isPresent()) {
            throw new BusinessException(AccountModule.BUNDLE, "admin.outcome.LOGIN_TAKEN").on("login");
        }
        WebAccount account = accounts.createForStaff(normalized, granted);
        String token = tokens.issue(account.getId(), Purpose.PASSWORD_RESET, Duration.ofHours(activationHours), null);
        outbox.queue(normalized, "account/staff-invitation", Map.of(
                "link", settings.link("/public/account/reset-password.xhtml?token=" + token),
                "hours", Integer.toString(activationHours),
                "loginLink", settings.link("/login.xhtml")));
        audit.record(AccountAudit.STAFF_ACCOUNT_CREATED, target(account.getId()), "roles=" + String.join(",", granted));
        return account.getId();
    }

    /**
     * Gives a staff account these roles; the core ends its open sessions (but the administrator's own), so
     * that a removed role stops at once. An administrator's own account keeps ADMIN.
     *
     * @throws BusinessException on {@code roles} when no staff role is asked, or ADMIN would leave the
     *         administrator's own account
     */
    @Transactional
    public Outcome changeRoles(long accountId, Set<String> roles) {
        WebAccount account = account(accountId);
        if (account.getMemberId() != null) {
            return Outcome.NOT_APPLICABLE;
        }
        Set<String> granted = staffRoles(roles);
        if (granted.isEmpty()) {
            throw new BusinessException(AccountModule.BUNDLE, "admin.outcome.NO_ROLE").on("roles");
        }
        if (isSelf(accountId) && !granted.contains(Roles.ADMIN)) {
            throw new BusinessException(AccountModule.BUNDLE, "admin.outcome.SELF").on("roles");
        }
        if (granted.equals(new TreeSet<>(account.getRoles()))) {
            return Outcome.DONE;
        }
        String before = String.join(",", new TreeSet<>(account.getRoles()));
        accounts.changeRoles(accountId, granted);
        audit.record(AccountAudit.STAFF_ROLES_CHANGED, target(accountId), "roles=" + before + "->" + String.join(",", granted));
        return Outcome.DONE;
    }

    /** Closes a staff account: no more sign-in, and its open sessions end within the session re-check delay. */
    @Transactional
    public Outcome disable(long accountId) {
        WebAccount account = account(accountId);
        if (isSelf(accountId)) {
            return Outcome.SELF;
        }
        if (account.getMemberId() != null || account.getStatus() == AccountStatus.CLOSED) {
            return Outcome.NOT_APPLICABLE;
        }
        accounts.close(accountId);
        audit.record(AccountAudit.STAFF_ACCOUNT_DISABLED, target(accountId), null);
        return Outcome.DONE;
    }

    /** Opens a disabled staff account again (with its former password). */
    @Transactional
    public Outcome enable(long accountId) {
        WebAccount account = account(accountId);
        if (account.getMemberId() != null || account.getStatus() != AccountStatus.CLOSED) {
            return Outcome.NOT_APPLICABLE;
        }
        accounts.reopen(accountId);
        audit.record(AccountAudit.STAFF_ACCOUNT_ENABLED, target(accountId), null);
        return Outcome.DONE;
    }

    /** Whether the account is the acting administrator's own. */
    public boolean isSelf(long accountId) {
        return Long.valueOf(accountId).equals(actor.accountId());
    }

    /** The staff roles among those asked, in a stable order (ADMIN, STAFF). */
    static Set<String> staffRoles(Set<String> asked) {
        return asked == null ? Set.of()
                : asked.stream().filter(STAFF_ROLES::contains).collect(Collectors.toCollection(TreeSet::new));
    }

    private WebAccount account(long accountId) {
        return accounts.find(accountId).orElseThrow(NotFoundException::new);
    }

    private static String target(long accountId) {
        return "account:" + accountId;
    }
}
