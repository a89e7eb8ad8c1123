package org.mutualportal.account.profile;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Optional;
import org.mutualportal.account.AccountModule;
import org.mutualportal.core.address.EmailAddresses;
import org.mutualportal.core.address.FrenchPhones;
import org.mutualportal.core.member.Member;
import org.mutualportal.core.member.MemberContext;
import org.mutualportal.core.web.FrenchFormats;
import org.mutualportal.core.web.Texts;

/** "Modifier mes coordonnées": contact e-mail, mobile and home phones in French formats. */
@Named
@RequestScoped
public class ContactBacking {

    @Inject
    MemberContext memberContext;

    @Inject
    Profile profile;

    private String email;
    private String mobile;
    private String home;

    public void load() {
        if (email == null) {
            Member member = memberContext.member();
            email = member.getEmail();
            mobile = FrenchFormats.phone(member.getMobilePhone());
            home = FrenchFormats.phone(member.getHomePhone());
        }
    }

    public String save() {
        boolean valid = true;
        if (!EmailAddresses.isValid(email)) {
            Texts.error("contact:email", Texts.of(AccountModule.BUNDLE, "email.invalid"));
            valid = false;
        }
        Optional<String> mobileNumber = FrenchPhones.normalize(mobile).filter(FrenchPhones::isMobile);
        if (mobileNumber.isEmpty()) {
            Texts.error("contact:mobile", Texts.of(AccountModule.BUNDLE, "contact.mobile.invalid"));
            valid = false;
        }
        Optional<String> homeNumber = home == null || home.isBlank() ? Optional.empty()
                : FrenchPhones.normalize(home).filter(FrenchPhones::isLandline);
        if (home != null && !home.isBlank() && homeNumber.isEmpty()) {
            Texts.error("contact:home", Texts.of(AccountModule.BUNDLE, "contact.home.invalid"));
            valid = false;
        }
        if (!valid) {
            return null;
        }
        profile.changeContact(EmailAddresses.normalize(email), mobileNumber.get(), homeNumber.orElse(null));
        Texts.flash(Texts.of(AccountModule.BUNDLE, "contact.saved"));
        return "/account/index.xhtml?faces-redirect=true";
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
