package org.mutualportal.account.profile;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.NotBlank;
import java.util.Optional;
import org.mutualportal.account.AccountModule;
import org.mutualportal.api.member.Member;
import org.mutualportal.api.member.MemberContext;
import org.mutualportal.api.text.FrenchFormats;
import org.mutualportal.api.text.Texts;
import org.mutualportal.api.validation.EmailAddress;
import org.mutualportal.api.validation.EmailAddresses;
import org.mutualportal.api.validation.FrenchPhone;
import org.mutualportal.api.validation.FrenchPhone.Kind;
import org.mutualportal.api.validation.FrenchPhones;

/**
 * "Modifier mes coordonnées": contact e-mail, mobile and home phones in French formats. The phones change at once;
 * a new e-mail address waits for its confirmation, shown here with a way to send the link again or to give up.
 */
@Named
@RequestScoped
public class ContactBacking {

    @Inject
    MemberContext memberContext;

    @Inject
    Profile profile;

    @Inject
    EmailChanges emailChanges;

    @NotBlank
    @EmailAddress
    private String email;
    @NotBlank
    @FrenchPhone(Kind.MOBILE)
    private String mobile;
    @FrenchPhone(Kind.LANDLINE)
    private String home;
    private String password;
    private Optional<EmailChanges.Pending> pending;

    public void load() {
        if (email == null) {
            Member member = memberContext.member();
            email = member.getEmail();
            mobile = FrenchFormats.phone(member.getMobilePhone());
            home = FrenchFormats.phone(member.getHomePhone());
        }
    }

    /** Saves what the form's constraints accepted: the numbers are stored as ten digits. */
    public String save() {
        String sentTo = profile.changeContact(EmailAddresses.normalize(email), digits(mobile), digits(home), password);
        if (sentTo == null) {
            Texts.flash(Texts.of(AccountModule.BUNDLE, "contact.saved"));
            return "/account/index.xhtml?faces-redirect=true";
        }
        Texts.flash(Texts.of(AccountModule.BUNDLE, "contact.email.sent", sentTo));
        return "/account/coordinates.xhtml?faces-redirect=true";
    }

    public String resend() {
        Texts.flash(Texts.of(AccountModule.BUNDLE, "contact.pending.resent", emailChanges.resend()));
        return "/account/coordinates.xhtml?faces-redirect=true";
    }

    public String cancel() {
        emailChanges.cancel();
        Texts.flash(Texts.of(AccountModule.BUNDLE, "contact.pending.cancelled"));
        return "/account/coordinates.xhtml?faces-redirect=true";
    }

    /** The new address waiting for its confirmation, or {@code null}. */
    public EmailChanges.Pending getPending() {
        if (pending == null) {
            pending = emailChanges.pending();
        }
        return pending.orElse(null);
    }

    /** "En attente de confirmation", with the address and until when its link works. */
    public String getPendingMessage() {
        EmailChanges.Pending waiting = getPending();
        return waiting == null ? null
                : Texts.of(AccountModule.BUNDLE, "contact.pending", waiting.address(), FrenchFormats.dateTime(waiting.expiresAt()));
    }

    private static String digits(String phone) {
        return phone == null || phone.isBlank() ? null : FrenchPhones.normalize(phone).orElseThrow();
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getMobile() {
        return mobile;
    }

    public void setMobile(String mobile) {
        this.mobile = mobile;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getHome() {
        return home;
    }

    public void setHome(String home) {
        this.home = home;
    }
}
