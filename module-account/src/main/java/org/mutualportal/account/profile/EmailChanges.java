package org.mutualportal.account.profile;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.mutualportal.account.AccountAudit;
import org.mutualportal.account.AccountModule;
import org.mutualportal.account.token.AccountToken;
import org.mutualportal.account.token.AccountToken.Purpose;
import org.mutualportal.account.token.AccountTokens;
import org.mutualportal.account.token.AccountTokens.Lookup;
import org.mutualportal.account.token.AccountTokens.State;
import org.mutualportal.api.audit.AuditLog;
import org.mutualportal.api.error.BusinessException;
import org.mutualportal.api.mail.Outbox;
import org.mutualportal.api.member.Member;
import org.mutualportal.api.member.MemberContext;
import org.mutualportal.api.member.MemberCoordinates;
import org.mutualportal.api.member.MemberDirectory;
import org.mutualportal.api.requests.RequestDesk;
import org.mutualportal.api.security.WebAccounts;
import org.mutualportal.api.settings.PortalSettings;
import org.mutualportal.api.text.FrenchFormats;
import org.mutualportal.api.time.PortalClock;
import org.mutualportal.api.web.NotFoundException;

/**
 * A new contact e-mail — where the mutual's letters and notifications go — takes effect only once confirmed from
 * that address, as a new login does: the member asks (with their password, as for the login), the new address
 * receives a link to confirm, the address it replaces is told and receives a link to cancel. Until then everything
 * keeps going to the old address. Both links are single-use account tokens; the change waiting is the confirmation
 * token itself (new and previous address, expiry). Confirming works signed out and signs nobody in: the token says
 * whose change it is, never the session. The confirmed change is recorded as a request for the management system,
 * as every coordinate changed in "Mon compte" is.
 *
 * <p>The management system's member import writes the address too, and the import (the core's) knows nothing of
 * this module. So a waiting change is checked when it is used: it applies only while the member's address is still
 * the one it replaces. If the import wrote another address meanwhile, the mutual's record wins and the change is
 * dropped (not shown, its link refused with a message): the member asks again if they still want it.
 */
@ApplicationScoped
public class EmailChanges {

    @Inject
    MemberContext memberContext;

    @Inject
    MemberCoordinates coordinates;

    @Inject
    MemberDirectory directory;

    @Inject
    RequestDesk desk;

    @Inject
    WebAccounts accounts;

    @Inject
    Credentials credentials;

    @Inject
    AccountTokens tokens;

    @Inject
    Outbox outbox;

    @Inject
    AuditLog audit;

    @Inject
    PortalSettings settings;

    @Inject
    PortalClock clock;

    @Inject
    @ConfigProperty(name = "portal.account.email-change-hours", defaultValue = "48")
    int hours;

    /** What a link turned out to be; {@code OUTDATED}: the member's address changed otherwise meanwhile. */
    public enum Outcome {
        VALID, EXPIRED, USED, UNKNOWN, OUTDATED
    }

    /** A link looked up: its outcome, and the new address it is about when the link is known. */
    public record Link(Outcome outcome, String newAddress) {
    }

    /** The signed-in member's change waiting for confirmation. */
    public record Pending(String address, OffsetDateTime expiresAt) {
    }

    /**
     * Starts a change of the signed-in member's contact address, in the caller's transaction.
     *
     * @param address the new address, normalized, not the current one
     * @param password the current password, on the form's {@code password} field
     * @throws BusinessException on {@code password} when the password is wrong
     */
    @Transactional(Transactional.TxType.MANDATORY)
    void request(String address, String password) {
        credentials.checkPassword(password, "password");
        long accountId = credentials.account().getId();
        Member member = memberContext.member();
        String previous = member.getEmail();
        String confirm = tokens.issue(accountId, Purpose.EMAIL_CHANGE, Duration.ofHours(hours), address, previous);
        sendConfirmation(member, address, confirm, clock.now().plusHours(hours));
        if (previous == null) {
            tokens.revoke(accountId, Purpose.EMAIL_CHANGE_CANCEL);
        } else {
            String cancel = tokens.issue(accountId, Purpose.EMAIL_CHANGE_CANCEL, Duration.ofHours(hours), address, previous);
            outbox.queue(previous, "account/email-change-requested", Map.of(
                    "firstName", member.getFirstName(),
                    "newEmail", address,
                    "link", settings.link("/public/account/cancel-email.xhtml?token=" + cancel),
                    "until", FrenchFormats.dateTime(clock.now().plusHours(hours))));
        }
        audit.record(AccountAudit.EMAIL_CHANGE_REQUESTED, target(accountId), null);
    }

    /** The signed-in member's change waiting for confirmation, if any. */
    public Optional<Pending> pending() {
        return waiting().map(t -> new Pending(t.getNewAddress(), t.getExpiresAt()));
    }

    /**
     * Sends the confirmation link again (a mail lost or deleted): a new link, which voids the previous one, valid
     * until the change expires — the old address's cancel link stays valid as long.
     *
     * @return the address it was sent to
     * @throws BusinessException when no change waits any more
     */
    @Transactional
    public String resend() {
        AccountToken waiting = waiting().orElseThrow(() -> new BusinessException(AccountModule.BUNDLE, "contact.pending.none"));
        String confirm = tokens.issue(waiting.getAccountId(), Purpose.EMAIL_CHANGE,
                Duration.between(clock.now(), waiting.getExpiresAt()), waiting.getNewAddress(), waiting.getPreviousAddress());
        sendConfirmation(memberContext.member(), waiting.getNewAddress(), confirm, waiting.getExpiresAt());
        return waiting.getNewAddress();
    }

    /** The signed-in member gives up the change: both links stop working. */
    @Transactional
    public void cancel() {
        long accountId = credentials.account().getId();
        if (waiting().isPresent()) {
            tokens.revoke(accountId, Purpose.EMAIL_CHANGE);
            tokens.revoke(accountId, Purpose.EMAIL_CHANGE_CANCEL);
            audit.record(AccountAudit.EMAIL_CHANGE_CANCELLED, target(accountId), "member");
        }
    }

    /** What the confirmation link is, before the member confirms. */
    public Link confirmation(String token) {
        Lookup lookup = tokens.lookup(token, Purpose.EMAIL_CHANGE);
        if (lookup.state() != State.VALID) {
            return link(lookup);
        }
        AccountToken t = lookup.token().get();
        return new Link(overtaken(t) ? Outcome.OUTDATED : Outcome.VALID, t.getNewAddress());
    }

    /**
     * Follows the link sent to the new address, signed in or not: the address becomes the member's, the old one is
     * told, the management system receives the change. The token alone (looked up by its hash) names the member.
     */
    @Transactional
    public Link confirm(String token) {
        Lookup lookup = tokens.redeem(token, Purpose.EMAIL_CHANGE);
        if (lookup.state() != State.VALID) {
            return link(lookup);
        }
        AccountToken t = lookup.token().get();
        tokens.revoke(t.getAccountId(), Purpose.EMAIL_CHANGE_CANCEL);
        if (overtaken(t)) {
            return new Link(Outcome.OUTDATED, t.getNewAddress());
        }
        long memberId = memberOf(t);
        Member member = coordinates.changeEmail(memberId, t.getNewAddress());
        desk.record(memberId, null, Profile.contactRequest(member.getEmail(), member.getMobilePhone(), member.getHomePhone()));
        if (t.getPreviousAddress() != null) {
            outbox.queue(t.getPreviousAddress(), "account/email-changed", Map.of(
                    "firstName", member.getFirstName(), "newEmail", t.getNewAddress()));
        }
        audit.record(AccountAudit.EMAIL_CHANGED, target(t.getAccountId()), "member:" + memberId);
        return new Link(Outcome.VALID, t.getNewAddress());
    }

    /** What the cancel link is, before the old address's owner cancels. */
    public Link cancellation(String token) {
        return link(tokens.lookup(token, Purpose.EMAIL_CHANGE_CANCEL));
    }

    /** Follows the link sent to the old address, signed in or not: the change waiting is dropped. */
    @Transactional
    public Link cancel(String token) {
        Lookup lookup = tokens.redeem(token, Purpose.EMAIL_CHANGE_CANCEL);
        if (lookup.state() == State.VALID) {
            AccountToken t = lookup.token().get();
            tokens.revoke(t.getAccountId(), Purpose.EMAIL_CHANGE);
            audit.record(AccountAudit.EMAIL_CHANGE_CANCELLED, target(t.getAccountId()), "link");
        }
        return link(lookup);
    }

    /** The signed-in member's confirmation token still waiting, unless the member's address changed otherwise. */
    private Optional<AccountToken> waiting() {
        return tokens.pending(credentials.account().getId(), Purpose.EMAIL_CHANGE).filter(t -> !overtaken(t));
    }

    /** Whether the member's address is no longer the one the change replaces (the import wrote another). */
    private boolean overtaken(AccountToken t) {
        String current = directory.find(memberOf(t)).map(Member::getEmail).orElse(null);
        return current == null ? t.getPreviousAddress() != null : !current.equalsIgnoreCase(t.getPreviousAddress());
    }

    private long memberOf(AccountToken t) {
        Long memberId = accounts.find(t.getAccountId()).orElseThrow(NotFoundException::new).getMemberId();
        if (memberId == null) {
            throw new NotFoundException();
        }
        return memberId;
    }

    private void sendConfirmation(Member member, String address, String token, OffsetDateTime until) {
        outbox.queue(address, "account/email-change-confirm", Map.of(
                "firstName", member.getFirstName(),
                "link", settings.link("/public/account/confirm-email.xhtml?token=" + token),
                "until", FrenchFormats.dateTime(until)));
    }

    private static Link link(Lookup lookup) {
        return new Link(Outcome.valueOf(lookup.state().name()), lookup.token().map(AccountToken::getNewAddress).orElse(null));
    }

    private static String target(long accountId) {
        return "account:" + accountId;
    }
}
