package org.mutualportal.account.recovery;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.mutualportal.account.registration.Registrations;
import org.mutualportal.account.token.AccountToken.Purpose;
import org.mutualportal.account.token.AccountTokens;
import org.mutualportal.account.token.AccountTokens.Lookup;
import org.mutualportal.account.token.AccountTokens.State;
import org.mutualportal.core.audit.AuditLog;
import org.mutualportal.core.mail.Outbox;
import org.mutualportal.core.member.Member;
import org.mutualportal.core.member.MemberDirectory;
import org.mutualportal.core.security.AccountStatus;
import org.mutualportal.core.security.WebAccount;
import org.mutualportal.core.security.WebAccounts;
import org.mutualportal.core.shell.PortalSettings;

/**
 * Activation, resending the activation link, forgotten password and reset. Every answer that could tell
 * whether an address has an account is the same for all addresses; what differs goes by e-mail.
 */
@ApplicationScoped
public class AccountRecovery {

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
    @ConfigProperty(name = "portal.account.reset-minutes", defaultValue = "60")
    int resetMinutes;

    public State activationState(String token) {
        return tokens.lookup(token, Purpose.ACTIVATION).state();
    }

    /** Follows an activation link: the account can sign in from now on. */
    @Transactional
    public State activate(String token, String remoteAddress) {
        Lookup lookup = tokens.redeem(token, Purpose.ACTIVATION);
        if (lookup.state() == State.VALID) {
            long accountId = lookup.token().get().getAccountId();
            accounts.activate(accountId);
            audit.record("account:" + accountId, "ACCOUNT_ACTIVATED", "account:" + accountId, null, remoteAddress);
        }
        return lookup.state();
    }

    /** Sends a new activation link if this address has an account waiting for one. */
    @Transactional
    public void resendActivation(String login) {
        accounts.byLogin(login).filter(a -> a.getStatus() == AccountStatus.PENDING_ACTIVATION)
                .ifPresent(account -> registrations.sendActivation(account, holder(account)));
    }

    /** "Mot de passe oublié ?": a reset link for an active account, the activation link for a waiting one. */
    @Transactional
    public void forgotten(String login, String remoteAddress) {
        Optional<WebAccount> found = accounts.byLogin(login);
        if (found.isEmpty() || found.get().getStatus() == AccountStatus.CLOSED) {
            audit.record("anonymous", "PASSWORD_RESET_UNKNOWN", null, null, remoteAddress);
            return;
        }
        WebAccount account = found.get();
        if (account.getStatus() == AccountStatus.PENDING_ACTIVATION) {
            registrations.sendActivation(account, holder(account));
            return;
        }
        String token = tokens.issue(account.getId(), Purpose.PASSWORD_RESET, Duration.ofMinutes(resetMinutes), null);
        Member holder = holder(account);
        outbox.queue(account.getLogin(), "account/password-reset", Map.of(
                "firstName", holder == null ? "" : holder.getFirstName(),
                "link", settings.link("/public/account/reset-password.xhtml?token=" + token),
                "minutes", Integer.toString(resetMinutes)));
        audit.record("account:" + account.getId(), "PASSWORD_RESET_REQUESTED", "account:" + account.getId(), null, remoteAddress);
    }

    public Lookup resetLink(String token) {
        return tokens.lookup(token, Purpose.PASSWORD_RESET);
    }

    /** The member behind a reset link, whose names the new password must not contain. */
    public Optional<Member> holderOf(Lookup lookup) {
        return lookup.token().flatMap(t -> accounts.find(t.getAccountId())).map(this::holder);
    }

    /** Sets the new password; every session of the account ends. */
    @Transactional
    public State reset(String token, String newPasswordHash, String remoteAddress) {
        Lookup lookup = tokens.redeem(token, Purpose.PASSWORD_RESET);
        if (lookup.state() != State.VALID) {
            return lookup.state();
        }
        WebAccount account = accounts.changePassword(lookup.token().get().getAccountId(), newPasswordHash);
        audit.record("account:" + account.getId(), "PASSWORD_RESET", "account:" + account.getId(), null, remoteAddress);
        Member holder = holder(account);
        outbox.queue(account.getLogin(), "account/password-changed", Map.of(
                "firstName", holder == null ? "" : holder.getFirstName(),
                "resetLink", settings.link("/public/account/forgotten-password.xhtml")));
        return State.VALID;
    }

    private Member holder(WebAccount account) {
        return account.getMemberId() == null ? null : members.find(account.getMemberId()).orElse(null);
    }
}
