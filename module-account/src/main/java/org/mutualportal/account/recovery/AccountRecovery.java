package org.mutualportal.account.recovery;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.mutualportal.account.AccountAudit;
import org.mutualportal.account.AccountModule;
import org.mutualportal.account.password.NewPassword;
import org.mutualportal.account.registration.Registrations;
import org.mutualportal.account.token.AccountToken.Purpose;
import org.mutualportal.account.token.AccountTokens;
import org.mutualportal.account.token.AccountTokens.Lookup;
import org.mutualportal.account.token.AccountTokens.State;
import org.mutualportal.api.audit.AuditLog;
import org.mutualportal.api.error.BusinessException;
import org.mutualportal.api.mail.Outbox;
import org.mutualportal.api.member.Member;
import org.mutualportal.api.member.MemberDirectory;
import org.mutualportal.api.security.AccountStatus;
import org.mutualportal.api.security.ExternalIdentities;
import org.mutualportal.api.security.ExternalLink;
import org.mutualportal.api.security.SourceAttempts;
import org.mutualportal.api.security.WebAccount;
import org.mutualportal.api.security.WebAccounts;
import org.mutualportal.api.settings.PortalSettings;
import org.mutualportal.api.validation.EmailAddresses;
import org.mutualportal.api.web.NotFoundException;

/**
 * Activation, resending the activation link, forgotten password and reset. Every answer that could tell
 * whether an address has an account is the same for all addresses; what differs goes by e-mail.
 */
@ApplicationScoped
public class AccountRecovery {

    @Inject
    WebAccounts accounts;

    @Inject
    SourceAttempts sourceAttempts;

    @Inject
    AccountTokens tokens;

    @Inject
    Registrations registrations;

    @Inject
    MemberDirectory members;

    @Inject
    NewPassword newPassword;

    @Inject
    ExternalIdentities identities;

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
    public State activate(String token) {
        Lookup lookup = tokens.redeem(token, Purpose.ACTIVATION);
        if (lookup.state() == State.VALID) {
            long accountId = lookup.token().get().getAccountId();
            accounts.activate(accountId);
            audit.record(AccountAudit.ACCOUNT_ACTIVATED, "account:" + accountId, null);
        }
        return lookup.state();
    }

    /**
     * Sends a new activation link if this address has an account waiting for one; the answer is the same
     * otherwise.
     *
     * @param login as typed
     * @throws BusinessException on {@code login} when it is not an e-mail address
     */
    @Transactional
    public void resendActivation(String login) {
        if (!EmailAddresses.isValid(login)) {
            throw new BusinessException(AccountModule.BUNDLE, "email.invalid").on("login");
        }
        accounts.byLogin(login).filter(a -> a.getStatus() == AccountStatus.PENDING_ACTIVATION)
                .ifPresent(account -> registrations.sendActivation(account, holder(account)));
    }

    /**
     * "Mot de passe oublié ?": a reset link for an active account with a password, the activation link for a waiting
     * one. An account without a password (created through an identity provider) gets no reset link: its holder
     * signs in through the provider and chooses a password in "Mon compte", after a recent sign-in there, so that
     * the login's mailbox alone never becomes a way into it.
     */
    @Transactional
    public void forgotten(String login) {
        // Its answer never says whether the address has an account, so every request counts for the source.
        sourceAttempts.check(SourceAttempts.Kind.PASSWORD_RESET);
        sourceAttempts.failed(SourceAttempts.Kind.PASSWORD_RESET);
        Optional<WebAccount> found = accounts.byLogin(login);
        if (found.isEmpty() || found.get().getStatus() == AccountStatus.CLOSED) {
            audit.record(AccountAudit.PASSWORD_RESET_UNKNOWN, null, null);
            return;
        }
        WebAccount account = found.get();
        if (account.getStatus() == AccountStatus.PENDING_ACTIVATION) {
            registrations.sendActivation(account, holder(account));
            return;
        }
        Member holder = holder(account);
        if (!account.hasPassword()) {
            outbox.queue(account.getLogin(), "account/provider-no-password", Map.of(
                    "firstName", holder == null ? "" : holder.getFirstName(),
                    "providers", identities.linksOf(account.getId()).stream().map(ExternalLink::providerLabel)
                            .collect(Collectors.joining(" ou ")),
                    "loginLink", settings.link("/login.xhtml"),
                    "passwordLink", settings.link("/account/password.xhtml")));
            audit.record(AccountAudit.PASSWORD_RESET_NO_PASSWORD, "account:" + account.getId(), null);
            return;
        }
        String token = tokens.issue(account.getId(), Purpose.PASSWORD_RESET, Duration.ofMinutes(resetMinutes), null);
        outbox.queue(account.getLogin(), "account/password-reset", Map.of(
                "firstName", holder == null ? "" : holder.getFirstName(),
                "link", settings.link("/public/account/reset-password.xhtml?token=" + token),
                "minutes", Integer.toString(resetMinutes)));
        audit.record(AccountAudit.PASSWORD_RESET_REQUESTED, "account:" + account.getId(), null);
    }

    public Lookup resetLink(String token) {
        return tokens.lookup(token, Purpose.PASSWORD_RESET);
    }

    /**
     * Sets the new password, checked against the rules and the names of the link's holder; every session of
     * the account ends.
     *
     * @return how the link stood: {@link State#VALID} when the password is set
     * @throws BusinessException on {@code password} or {@code confirmation} when the new password is refused
     */
    @Transactional
    public State reset(String token, String password, String confirmation) {
        Lookup lookup = tokens.redeem(token, Purpose.PASSWORD_RESET);
        if (lookup.state() != State.VALID) {
            return lookup.state();
        }
        WebAccount account = accounts.find(lookup.token().get().getAccountId()).orElseThrow(NotFoundException::new);
        newPassword.set(account, holder(account), password, confirmation);
        audit.record(AccountAudit.PASSWORD_RESET, "account:" + account.getId(), null);
        return State.VALID;
    }

    private Member holder(WebAccount account) {
        return account.getMemberId() == null ? null : members.find(account.getMemberId()).orElse(null);
    }
}
