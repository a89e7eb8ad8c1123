package org.mutualportal.account.link;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.mutualportal.account.AccountAudit;
import org.mutualportal.account.AccountModule;
import org.mutualportal.account.registration.CardCheck;
import org.mutualportal.account.registration.Registrations;
import org.mutualportal.api.audit.AuditLog;
import org.mutualportal.api.error.BusinessException;
import org.mutualportal.api.mail.Outbox;
import org.mutualportal.api.member.Member;
import org.mutualportal.api.member.MemberDirectory;
import org.mutualportal.api.security.AccountStatus;
import org.mutualportal.api.security.ExternalIdentities;
import org.mutualportal.api.security.ExternalLink;
import org.mutualportal.api.security.SourceAttempts;
import org.mutualportal.api.security.VerifiedIdentity;
import org.mutualportal.api.security.WebAccount;
import org.mutualportal.api.security.WebAccounts;
import org.mutualportal.api.settings.PortalSettings;
import org.mutualportal.api.validation.EmailAddresses;
import org.mutualportal.api.web.NotFoundException;

/**
 * Links the identity a provider vouched for to the member it is, and removes links from "Mon compte".
 *
 * <p>The member number is checked by "Créer mon espace"'s {@link CardCheck} against what the provider vouched for
 * (family name, first given name, birth date), not against anything typed: an unknown number and a mismatch give the
 * same answer after the same work, and the same limits per number and per client source hold. A member who proves
 * it gets their account linked (one waiting for activation stays waiting: the provider proved the person, not the
 * login's mailbox), or, without an account, one without a password whose login they choose, waiting for the
 * activation link the welcome mail carries. Each link and removal is audited and told by e-mail to the account's
 * login, in the same transaction.
 *
 * <p>Two tabs or two browsers may do the same at once: the checks and writes of one member's linking, and those of
 * one account's removals, run one at a time (a PostgreSQL transaction lock, as a module does not lock the core's
 * rows), so that the second finds what the first did; what is left (this identity linked elsewhere meanwhile, its
 * pending sign-in over) is refused with a French message rather than a failure.
 */
@ApplicationScoped
public class IdentityLinks {

    /** What the member number proved. */
    public enum Outcome {
        /** The account is linked: send the browser to the provider sign-in address. */
        LINKED,
        /** The member has no account: ask the address that will be its login. */
        NO_ACCOUNT,
        /** Unknown number, other person, or the number is held back: one answer for all. */
        MISMATCH,
        /** The member's account is closed: nothing linked. */
        CLOSED,
        /** No identity waits in this browser (expired, or the page was opened directly). */
        NO_PENDING
    }

    @Inject
    ExternalIdentities identities;

    @Inject
    CardCheck cardCheck;

    @Inject
    MemberDirectory members;

    @Inject
    WebAccounts accounts;

    @Inject
    ProvenMember proven;

    @Inject
    Outbox outbox;

    @Inject
    AuditLog audit;

    @Inject
    PortalSettings settings;

    @Inject
    Registrations registrations;

    @Inject
    SourceAttempts sourceAttempts;

    @PersistenceContext(unitName = "account")
    EntityManager em;

    /**
     * First halves of the transaction locks' keys, the second being the member or the account: {@code 0x1A9} marks
     * the portal's locks (see the core's imports, the documents' card requests), so that they meet neither another
     * lock of the portal nor one of another application on the same database.
     */
    private static final int MEMBER_LINKING = 0x1A9_0A11;
    private static final int ACCOUNT_LINKS = 0x1A9_0A12;

    public Optional<VerifiedIdentity> pending() {
        return identities.pending();
    }

    public String signInAddress() {
        return identities.signInAddress();
    }

    /**
     * Checks the member number against the pending identity, and links the member's account when it has one.
     *
     * @throws org.mutualportal.api.security.TooManyAttempts when the client's source tried too many cards
     */
    @Transactional
    public Outcome prove(String membershipNumber) {
        Optional<VerifiedIdentity> pending = identities.pending();
        if (pending.isEmpty()) {
            return Outcome.NO_PENDING;
        }
        VerifiedIdentity person = pending.get();
        proven.forget();
        cardCheck.admit();
        Optional<Member> member = cardCheck.holder(membershipNumber, person.familyName(), person.firstGivenName(),
                person.birthDate());
        if (member.isEmpty()) {
            return Outcome.MISMATCH;
        }
        lock(MEMBER_LINKING, member.get().getId());
        Optional<WebAccount> account = accounts.byMember(member.get().getId());
        if (account.isEmpty()) {
            proven.remember(person, member.get().getId());
            return Outcome.NO_ACCOUNT;
        }
        return linkExisting(account.get(), member.get(), person);
    }

    /**
     * The second step for a member without an account: creates it without a password, with this login, and links it.
     *
     * @param login a valid e-mail address, as typed
     * @throws BusinessException on {@code login} when the address is already an account's login
     * @throws org.mutualportal.api.security.TooManyAttempts when the client's source tried too many taken addresses
     */
    @Transactional
    public Outcome create(String login) {
        Optional<VerifiedIdentity> pending = identities.pending();
        Long memberId = pending.map(proven::memberFor).orElse(null);
        if (memberId == null) {
            return Outcome.NO_PENDING;
        }
        VerifiedIdentity person = pending.get();
        // Whether an address is a login is what this step could tell: limited per source like the card check.
        sourceAttempts.check(SourceAttempts.Kind.REGISTRATION_CHECK);
        Member member = members.find(memberId).orElseThrow(NotFoundException::new);
        lock(MEMBER_LINKING, memberId);
        Optional<WebAccount> existing = accounts.byMember(memberId);
        if (existing.isPresent()) {
            // Created meanwhile (another tab, "Créer mon espace"): the member is proven, so link that one.
            proven.forget();
            return linkExisting(existing.get(), member, person);
        }
        String address = EmailAddresses.normalize(login);
        if (accounts.byLogin(address).isPresent()) {
            sourceAttempts.failed(SourceAttempts.Kind.REGISTRATION_CHECK);
            // Says no more than that: whose login it is stays private.
            throw new BusinessException(AccountModule.BUNDLE, "link.login.taken").on("login");
        }
        // Waiting for activation: nobody proved this address yet, and a password reset would go to it.
        WebAccount account;
        try {
            account = accounts.createPasswordlessForMember(memberId, address);
        } catch (PersistenceException e) {
            // Another member's linking took this address meanwhile, or "Créer mon espace" gave this member an account
            // (neither takes this member's lock): the unique login or member fails at the insert, which waited for the
            // other transaction. The transaction is lost; the member chooses again, as for an address seen taken.
            throw new BusinessException(AccountModule.BUNDLE, "link.login.taken").on("login");
        }
        linkPending(account, person);
        proven.forget();
        audit.record(AccountAudit.PROVIDER_ACCOUNT_CREATED, target(account), detail(person, memberId));
        outbox.queue(address, "account/provider-welcome", Map.of(
                "firstName", member.getFirstName(),
                "provider", person.providerLabel(),
                "login", address,
                "activationLink", registrations.activationLink(account),
                "hours", Integer.toString(registrations.activationHours()),
                "loginLink", settings.link("/login.xhtml"),
                "passwordLink", settings.link("/account/password.xhtml")));
        return Outcome.LINKED;
    }

    private Outcome linkExisting(WebAccount account, Member member, VerifiedIdentity person) {
        if (account.getStatus() == AccountStatus.CLOSED) {
            return Outcome.CLOSED;
        }
        // An account waiting for activation stays so: the provider and the card proved the person, not that the login
        // typed at registration is their mailbox, which only the activation link proves (a password reset goes there).
        linkPending(account, person);
        audit.record(AccountAudit.PROVIDER_LINKED, target(account), detail(person, member.getId()));
        outbox.queue(account.getLogin(), "account/provider-linked", Map.of(
                "firstName", member.getFirstName(),
                "provider", person.providerLabel(),
                "accountLink", settings.link("/account/index.xhtml")));
        return Outcome.LINKED;
    }

    /** The signed-in account's links, oldest first. */
    public List<ExternalLink> linksOf(WebAccount account) {
        return identities.linksOf(account.getId());
    }

    /**
     * Removes one of the signed-in account's links.
     *
     * @param account the signed-in account
     * @param holder its member, for the e-mail
     * @param linkId as sent by the page
     * @throws NotFoundException when the account has no such link (another account's, or already removed)
     * @throws BusinessException when it is the last way to sign in of an account without a password
     */
    @Transactional
    public void unlink(WebAccount account, Member holder, long linkId) {
        // Two removals at once would each see the other's link still there and leave no way in.
        lock(ACCOUNT_LINKS, account.getId());
        List<ExternalLink> links = identities.linksOf(account.getId());
        ExternalLink link = links.stream().filter(l -> l.id() == linkId).findFirst().orElseThrow(NotFoundException::new);
        if (!account.hasPassword() && links.size() == 1) {
            throw new BusinessException(AccountModule.BUNDLE, "links.last", link.providerLabel());
        }
        if (!identities.unlink(account.getId(), linkId)) {
            throw new NotFoundException();
        }
        audit.record(AccountAudit.PROVIDER_UNLINKED, target(account), "provider:" + link.provider());
        outbox.queue(account.getLogin(), "account/provider-unlinked", Map.of(
                "firstName", holder.getFirstName(),
                "provider", link.providerLabel(),
                "resetLink", settings.link("/public/account/forgotten-password.xhtml")));
    }

    /**
     * Links the pending identity. Refused in French when it cannot be any more: linked to another account by another
     * browser since the card check, or its pending sign-in over (taken by another tab's link meanwhile).
     */
    private void linkPending(WebAccount account, VerifiedIdentity person) {
        try {
            identities.linkPending(account.getId());
        } catch (IllegalStateException e) {
            throw new BusinessException(AccountModule.BUNDLE, "link.conflict", person.providerLabel());
        }
    }

    /** Holds a transaction lock (until commit or rollback): the statements after it see what the previous holder wrote. */
    private void lock(int lockClass, long id) {
        em.createNativeQuery("select pg_advisory_xact_lock(?1, ?2)")
                .setParameter(1, lockClass)
                .setParameter(2, Long.hashCode(id))
                .getResultList();
    }

    private static String target(WebAccount account) {
        return "account:" + account.getId();
    }

    private static String detail(VerifiedIdentity person, long memberId) {
        return "provider:" + person.provider() + " member:" + memberId;
    }
}
