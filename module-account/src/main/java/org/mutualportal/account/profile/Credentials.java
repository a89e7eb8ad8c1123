package org.mutualportal.account.profile;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.mutualportal.account.AccountAudit;
import org.mutualportal.account.AccountModule;
import org.mutualportal.account.password.NewPassword;
import org.mutualportal.account.token.AccountToken.Purpose;
import org.mutualportal.account.token.AccountTokens;
import org.mutualportal.account.token.AccountTokens.Lookup;
import org.mutualportal.account.token.AccountTokens.State;
import org.mutualportal.api.audit.AuditLog;
import org.mutualportal.api.error.BusinessException;
import org.mutualportal.api.mail.Outbox;
import org.mutualportal.api.member.Member;
import org.mutualportal.api.member.MemberContext;
import org.mutualportal.api.member.Subscriptions;
import org.mutualportal.api.security.AccountStatus;
import org.mutualportal.api.security.Actor;
import org.mutualportal.api.security.ExternalIdentities;
import org.mutualportal.api.security.WebAccount;
import org.mutualportal.api.security.WebAccounts;
import org.mutualportal.api.settings.PortalSettings;
import org.mutualportal.api.time.PortalClock;
import org.mutualportal.api.validation.EmailAddresses;
import org.mutualportal.api.web.NotFoundException;

/**
 * The signed-in member's own account: login identifier (changed only once the new address confirms),
 * password, and deletion. Each asks for the current password again; a wrong one is refused next to the field
 * where it was typed. An account without a password (created through an identity provider) has none to type: a
 * sign-in through the provider within {@code portal.account.provider-sign-in-minutes} stands for it, so that a
 * session left open, or taken, cannot choose a password, change the login or delete the account; after that the
 * page offers to sign in again through the provider.
 */
@ApplicationScoped
public class Credentials {

    @Inject
    MemberContext memberContext;

    @Inject
    Actor actor;

    @Inject
    WebAccounts accounts;

    @Inject
    AccountTokens tokens;

    @Inject
    NewPassword newPassword;

    @Inject
    Subscriptions subscriptions;

    @Inject
    Outbox outbox;

    @Inject
    AuditLog audit;

    @Inject
    PortalSettings settings;

    @Inject
    ExternalIdentities identities;

    @Inject
    PortalClock clock;

    @Inject
    @ConfigProperty(name = "portal.account.login-change-hours", defaultValue = "48")
    int loginChangeHours;

    @Inject
    @ConfigProperty(name = "portal.account.provider-sign-in-minutes", defaultValue = "10")
    int providerSignInMinutes;

    public WebAccount account() {
        return accounts.find(accountId()).orElseThrow(NotFoundException::new);
    }

    /**
     * Sends a confirmation link to the new address; the old one is told. The login changes when the link is
     * followed.
     *
     * @param newLogin a valid e-mail address, as typed
     * @param password the current password, on the form's {@code password} field (none without a password)
     * @return the new address, normalized
     * @throws BusinessException on {@code newLogin} when it is already this login or any account's, on
     *         {@code password} when the password is wrong (or, without one, the provider sign-in is not recent)
     */
    @Transactional
    public String requestLoginChange(String newLogin, String password) {
        WebAccount account = account();
        String address = EmailAddresses.normalize(newLogin);
        if (address.equals(account.getLogin())) {
            throw new BusinessException(AccountModule.BUNDLE, "login.same").on("newLogin");
        }
        checkPassword(password, "password");
        if (accounts.byLogin(address).isPresent()) {
            // Says no more than that: whose login it is stays private.
            throw new BusinessException(AccountModule.BUNDLE, "login.taken").on("newLogin");
        }
        Member member = memberContext.member();
        String token = tokens.issue(account.getId(), Purpose.LOGIN_CHANGE, Duration.ofHours(loginChangeHours), address);
        outbox.queue(address, "account/login-change-confirm", Map.of(
                "firstName", member.getFirstName(),
                "link", settings.link("/public/account/confirm-login.xhtml?token=" + token),
                "hours", Integer.toString(loginChangeHours)));
        outbox.queue(account.getLogin(), "account/login-change-requested", Map.of(
                "firstName", member.getFirstName(), "newLogin", address));
        audit.record(AccountAudit.LOGIN_CHANGE_REQUESTED, target(account.getId()), null);
        return address;
    }

    public State loginChangeState(String token) {
        return tokens.lookup(token, Purpose.LOGIN_CHANGE).state();
    }

    /**
     * Follows the link sent to the new address. Refused if that address became someone else's login meanwhile. An
     * account waiting for activation is activated: the link proved the new login's mailbox, which is what activation
     * proves; the activation link sent to the old login stops working, as that address is no longer the login.
     */
    @Transactional
    public State confirmLoginChange(String token) {
        Lookup lookup = tokens.redeem(token, Purpose.LOGIN_CHANGE);
        if (lookup.state() != State.VALID) {
            return lookup.state();
        }
        String newLogin = lookup.token().get().getNewAddress();
        long accountId = lookup.token().get().getAccountId();
        if (accounts.byLogin(newLogin).isPresent()) {
            return State.USED;
        }
        WebAccount account = accounts.find(accountId).orElseThrow(NotFoundException::new);
        String oldLogin = account.getLogin();
        boolean waiting = account.getStatus() == AccountStatus.PENDING_ACTIVATION;
        accounts.changeLogin(accountId, newLogin);
        outbox.queue(oldLogin, "account/login-changed", Map.of("newLogin", newLogin));
        audit.record(AccountAudit.LOGIN_CHANGED, target(accountId), null);
        if (waiting) {
            accounts.activate(accountId);
            tokens.revoke(accountId, Purpose.ACTIVATION);
            audit.record(AccountAudit.ACCOUNT_ACTIVATED, target(accountId), null);
        }
        return State.VALID;
    }

    /**
     * A new password; every other session of the account ends. An account without a password (created through an
     * identity provider) sets its first one without a current one, after a recent sign-in through the provider.
     *
     * @throws BusinessException on {@code current} when the current password is wrong (or, without one, the provider
     *         sign-in is not recent), on {@code password} or {@code confirmation} when the new one breaks the rules
     *         or differs from its confirmation
     */
    @Transactional
    public void changePassword(String current, String password, String confirmation) {
        boolean first = !account().hasPassword();
        checkPassword(current, "current");
        WebAccount account = newPassword.set(account(), memberContext.member(), password, confirmation);
        audit.record(first ? AccountAudit.PASSWORD_SET : AccountAudit.PASSWORD_CHANGED, target(account.getId()), null);
    }

    /** Whether the signed-in account has a password to type before changing it. */
    public boolean hasPassword() {
        return account().hasPassword();
    }

    /** Whether the current session was opened through an identity provider recently enough to stand for a password. */
    public boolean recentProviderSignIn() {
        Optional<Instant> at = identities.providerSignInAt();
        return at.isPresent() && !at.get().isBefore(clock.instant().minus(Duration.ofMinutes(providerSignInMinutes)));
    }

    /**
     * Where to sign in again through the provider the session was opened with, coming back to this page.
     *
     * @param page the context-relative page ({@code /account/delete.xhtml})
     * @return empty when the session was not opened through a provider
     */
    public Optional<String> signInAgainAddress(String page) {
        return identities.signInAgainAddress(page);
    }

    /** How recent a provider sign-in must be, for the pages' text. */
    public int providerSignInMinutes() {
        return providerSignInMinutes;
    }

    /**
     * "Je souhaite supprimer mon compte": the web account, its devices, links and subscriptions go; the
     * member's insurance records stay with the mutual, which must keep them. The audit line names the member,
     * whom the deleted account no longer leads to.
     *
     * @throws BusinessException on {@code password} when the password is wrong (or, without one, the provider
     *         sign-in is not recent)
     */
    @Transactional
    public void deleteAccount(String password) {
        checkPassword(password, "password");
        WebAccount account = account();
        long memberId = memberContext.memberId();
        String login = account.getLogin();
        String firstName = memberContext.member().getFirstName();
        subscriptions.removeAll(memberId);
        accounts.delete(account.getId());
        outbox.queue(login, "account/account-deleted", Map.of("firstName", firstName,
                "registerLink", settings.link("/public/account/register.xhtml")));
        audit.record(AccountAudit.ACCOUNT_DELETED, target(account.getId()), "member:" + memberId);
    }

    /**
     * Refuses a wrong current password next to the field it was typed in; for an account without a password, a
     * provider sign-in that is not recent (at the top of the page: it has no password field).
     */
    void checkPassword(String password, String property) {
        if (!account().hasPassword()) {
            if (!recentProviderSignIn()) {
                throw new BusinessException(AccountModule.BUNDLE, "password.none.signInAgain", providerSignInMinutes);
            }
            return;
        }
        if (password == null || !accounts.passwordMatches(accountId(), password.toCharArray())) {
            throw new BusinessException(AccountModule.BUNDLE, "password.current.wrong").on(property);
        }
    }

    private long accountId() {
        Long accountId = actor.accountId();
        if (accountId == null) {
            throw new NotFoundException();
        }
        return accountId;
    }

    private static String target(long accountId) {
        return "account:" + accountId;
    }
}
