package org.mutualportal.account.profile;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.mutualportal.account.token.AccountToken.Purpose;
import org.mutualportal.account.token.AccountTokens;
import org.mutualportal.account.token.AccountTokens.Lookup;
import org.mutualportal.account.token.AccountTokens.State;
import org.mutualportal.core.audit.AuditLog;
import org.mutualportal.core.mail.Outbox;
import org.mutualportal.core.member.Member;
import org.mutualportal.core.member.MemberContext;
import org.mutualportal.core.member.Subscriptions;
import org.mutualportal.core.security.WebAccount;
import org.mutualportal.core.security.WebAccounts;
import org.mutualportal.core.shell.PortalSettings;

/**
 * The signed-in member's own account: login identifier (changed only once the new address confirms),
 * password, and deletion. Each asks for the current password again.
 */
@ApplicationScoped
public class Credentials {

    @Inject
    MemberContext memberContext;

    @Inject
    WebAccounts accounts;

    @Inject
    AccountTokens tokens;

    @Inject
    Subscriptions subscriptions;

    @Inject
    Outbox outbox;

    @Inject
    AuditLog audit;

    @Inject
    PortalSettings settings;

    @Inject
    @ConfigProperty(name = "portal.account.login-change-hours", defaultValue = "48")
    int loginChangeHours;

    public WebAccount account() {
        return accounts.find(accountId()).orElseThrow();
    }

    public boolean passwordMatches(String password) {
        return password != null && accounts.passwordMatches(accountId(), password.toCharArray());
    }

    /** Sends a confirmation link to the new address; the old one is told. The login changes when the link is followed. */
    @Transactional
    public void requestLoginChange(String newLogin, String remoteAddress) {
        WebAccount account = account();
        Member member = memberContext.member();
        String token = tokens.issue(account.getId(), Purpose.LOGIN_CHANGE, Duration.ofHours(loginChangeHours), newLogin);
        outbox.queue(newLogin, "account/login-change-confirm", Map.of(
                "firstName", member.getFirstName(),
                "link", settings.link("/public/account/confirm-login.xhtml?token=" + token),
                "hours", Integer.toString(loginChangeHours)));
        outbox.queue(account.getLogin(), "account/login-change-requested", Map.of(
                "firstName", member.getFirstName(), "newLogin", newLogin));
        audit.record("account:" + account.getId(), "LOGIN_CHANGE_REQUESTED", "account:" + account.getId(), null, remoteAddress);
    }

    public State loginChangeState(String token) {
        return tokens.lookup(token, Purpose.LOGIN_CHANGE).state();
    }

    /** Follows the link sent to the new address. Refused if that address became someone else's login meanwhile. */
    @Transactional
    public State confirmLoginChange(String token, String remoteAddress) {
        Lookup lookup = tokens.redeem(token, Purpose.LOGIN_CHANGE);
        if (lookup.state() != State.VALID) {
            return lookup.state();
        }
        String newLogin = lookup.token().get().getNewLogin();
        long accountId = lookup.token().get().getAccountId();
        if (accounts.byLogin(newLogin).isPresent()) {
            return State.USED;
        }
        String oldLogin = accounts.find(accountId).orElseThrow().getLogin();
        accounts.changeLogin(accountId, newLogin);
        outbox.queue(oldLogin, "account/login-changed", Map.of("newLogin", newLogin));
        audit.record("account:" + accountId, "LOGIN_CHANGED", "account:" + accountId, null, remoteAddress);
        return State.VALID;
    }

    /** A new password; every other session of the account ends. */
    @Transactional
    public void changePassword(String newPasswordHash, String remoteAddress) {
        WebAccount account = accounts.changePassword(accountId(), newPasswordHash);
        outbox.queue(account.getLogin(), "account/password-changed", Map.of(
                "firstName", memberContext.member().getFirstName(),
                "resetLink", settings.link("/public/account/forgotten-password.xhtml")));
        audit.record("account:" + account.getId(), "PASSWORD_CHANGED", "account:" + account.getId(), null, remoteAddress);
    }

    /**
     * "Je souhaite supprimer mon compte": the web account, its devices, links and subscriptions go; the
     * member's insurance records stay with the mutual, which must keep them.
     */
    @Transactional
    public void deleteAccount(String remoteAddress) {
        WebAccount account = account();
        long memberId = memberContext.memberId();
        String login = account.getLogin();
        String firstName = memberContext.member().getFirstName();
        subscriptions.removeAll(memberId);
        accounts.delete(account.getId());
        outbox.queue(login, "account/account-deleted", Map.of("firstName", firstName,
                "registerLink", settings.link("/public/account/register.xhtml")));
        audit.record("member:" + memberId, "ACCOUNT_DELETED", "account:" + account.getId(), null, remoteAddress);
    }

    private long accountId() {
        return memberContext.user().orElseThrow().accountId();
    }
}
