package org.mutualportal.account.profile;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.NotBlank;
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

/** "Modifier mes coordonnées": contact e-mail, mobile and home phones in French formats. */
@Named
@RequestScoped
public class ContactBacking {

    @Inject
    MemberContext memberContext;

    @Inject
    Profile profile;

    @NotBlank
    @EmailAddress
    private String email;
    @NotBlank
    @FrenchPhone(Kind.MOBILE)
    private String mobile;
    @FrenchPhone(Kind.LANDLINE)
    private String home;

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
        profile.changeContact(EmailAddresses.normalize(email), digits(mobile), digits(home));
        Texts.flash(Texts.of(AccountModule.BUNDLE, "contact.saved"));
        return "/account/index.xhtml?faces-redirect=true";
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

    public String getHome() {
        return home;
    }

    public void setHome(String home) {
        this.home = home;
    }
}
