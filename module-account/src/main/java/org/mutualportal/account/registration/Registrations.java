package org.mutualportal.account.registration;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.mutualportal.account.AccountAudit;
import org.mutualportal.account.token.AccountToken.Purpose;
import org.mutualportal.account.token.AccountTokens;
import org.mutualportal.api.validation.EmailAddresses;
import org.mutualportal.api.audit.AuditLog;
import org.mutualportal.api.mail.Outbox;
import org.mutualportal.api.member.Member;
import org.mutualportal.api.security.SourceAttempts;
import org.mutualportal.api.security.WebAccount;
import org.mutualportal.api.security.WebAccounts;
import org.mutualportal.api.settings.PortalSettings;

/**
 * "Je souhaite créer mon espace personnel": a person proves they hold a member card, and gets an account to
 * activate by e-mail.
 *
 * <p>What the screen says depends only on whether the card data matched: an unknown member number and a
 * wrong name give the same answer, after the same work (the password is hashed either way). What the
 * screen cannot say — this member already has an account, this address is already someone's login — goes
 * by e-mail to the address concerned. After {@code portal.account.registration.max-mismatches} mismatches
 * on a member number within a day, further attempts on that number are answered as mismatches without
 * being checked, so a birth date cannot be guessed by trying; and one client source trying many cards is slowed,
 * then refused before any check ({@link SourceAttempts}), so that member numbers cannot be tried by the thousand.
 */
@ApplicationScoped
public class Registrations {

    @Inject
    WebAccounts accounts;

    @Inject
    AccountTokens tokens;

    @Inject
    Outbox outbox;

    @Inject
    AuditLog audit;

    @Inject
    PortalSettings settings;

    @Inject
    CardCheck cardCheck;

    @Inject
    @ConfigProperty(name = "portal.account.activation-hours", defaultValue = "48")
    int activationHours;

    /** What the person typed. */
    public record Application(String membershipNumber, String lastName, String firstName, LocalDate birthDate,
            String login, char[] password) {
    }

    /** Whether the card data matched; when it did, an e-mail is on its way to the address concerned. */
    @Transactional
    public boolean register(Application application) {
        // Before any work (the password's hash costs a PBKDF2 computation): one source trying many cards is refused.
        cardCheck.admit();
        String passwordHash = accounts.hash(application.password());
        Optional<Member> member = cardCheck.holder(application.membershipNumber(), application.lastName(),
                application.firstName(), application.birthDate());
        if (member.isEmpty()) {
            return false;
        }
        Member holder = member.get();
        String login = EmailAddresses.normalize(application.login());
        Optional<WebAccount> existing = accounts.byMember(holder.getId());
        if (existing.isPresent()) {
            outbox.queue(existing.get().getLogin(), "account/already-registered", Map.of(
                    "firstName", holder.getFirstName(),
                    "loginLink", settings.link("/login.xhtml"),
                    "resetLink", settings.link("/public/account/forgotten-password.xhtml")));
            audit.record(AccountAudit.REGISTRATION_ALREADY_REGISTERED, "account:" + existing.get().getId(),
                    "member:" + holder.getId());
            return true;
        }
        if (accounts.byLogin(login).isPresent()) {
            outbox.queue(login, "account/address-in-use", Map.of(
                    "loginLink", settings.link("/login.xhtml"),
                    "resetLink", settings.link("/public/account/forgotten-password.xhtml")));
            audit.record(AccountAudit.REGISTRATION_ADDRESS_IN_USE, null, "member:" + holder.getId());
            return true;
        }
        WebAccount account = accounts.createForMember(holder.getId(), login, passwordHash);
        sendActivation(account, holder);
        audit.record(AccountAudit.REGISTRATION_REQUESTED, "account:" + account.getId(), "member:" + holder.getId());
        return true;
    }

    /** Sends (again) the activation link of an account waiting for it. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void sendActivation(WebAccount account, Member holder) {
        outbox.queue(account.getLogin(), "account/activation", Map.of(
                "firstName", holder.getFirstName(),
                "link", activationLink(account),
                "hours", Integer.toString(activationHours)));
    }

    /**
     * A new activation link of an account waiting for it, for a mail that says more than the activation's own (the
     * welcome of an account created through an identity provider); valid {@link #activationHours()} hours.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public String activationLink(WebAccount account) {
        String token = tokens.issue(account.getId(), Purpose.ACTIVATION, Duration.ofHours(activationHours), null);
        return settings.link("/public/account/activate.xhtml?token=" + token);
    }

    public int activationHours() {
        return activationHours;
    }
}
