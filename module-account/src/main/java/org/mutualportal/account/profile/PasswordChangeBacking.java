package org.mutualportal.account.profile;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.mutualportal.account.AccountModule;
import org.mutualportal.account.password.NewPassword;
import org.mutualportal.core.member.Member;
import org.mutualportal.core.member.MemberContext;
import org.mutualportal.core.security.SessionPolicy;
import org.mutualportal.core.security.WebAccounts;
import org.mutualportal.core.web.Texts;

/** "Je souhaite modifier mon mot de passe": current password, new one twice; other sessions end. */
@Named
@RequestScoped
public class PasswordChangeBacking {

    @Inject
    Credentials credentials;

    @Inject
    NewPassword newPassword;

    @Inject
    WebAccounts accounts;

    @Inject
    MemberContext memberContext;

    @Inject
    SessionPolicy sessionPolicy;

    private String current;
    private String password;
    private String confirmation;

    public String save() {
        boolean valid = true;
        if (!credentials.passwordMatches(current)) {
            Texts.error("password:current", Texts.of(AccountModule.BUNDLE, "password.current.wrong"));
            valid = false;
        }
        Member member = memberContext.member();
        valid &= newPassword.accept(password, confirmation,
                List.of(member.getLastName(), member.getFirstName(), credentials.account().getLogin()),
                "password:password", "password:confirmation");
        if (!valid) {
            current = null;
            password = null;
            confirmation = null;
            return null;
        }
        HttpServletRequest request = (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest();
        credentials.changePassword(accounts.hash(password.toCharArray()), request.getRemoteAddr());
        sessionPolicy.renew(request);
        Texts.flash(Texts.of(AccountModule.BUNDLE, "password.saved"));
        return "/account/index.xhtml?faces-redirect=true";
    }

    public String getCurrent() {
        return current;
    }

    public void setCurrent(String current) {
        this.current = current;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getConfirmation() {
        return confirmation;
    }

    public void setConfirmation(String confirmation) {
        this.confirmation = confirmation;
    }
}
