package org.mutualportal.account.profile;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.mutualportal.account.AccountModule;
import org.mutualportal.core.address.EmailAddresses;
import org.mutualportal.core.security.WebAccounts;
import org.mutualportal.core.web.Texts;

/** "Identifiant de connexion — Modifier": the new address must confirm before it becomes the login. */
@Named
@RequestScoped
public class LoginChangeBacking {

    @Inject
    Credentials credentials;

    @Inject
    WebAccounts accounts;

    @Inject
    @ConfigProperty(name = "portal.account.login-change-hours", defaultValue = "48")
    int hours;

    private String newLogin;
    private String password;
    private String sentTo;

    public void request() {
        boolean valid = true;
        if (!EmailAddresses.isValid(newLogin)) {
            Texts.error("login:newLogin", Texts.of(AccountModule.BUNDLE, "email.invalid"));
            valid = false;
        } else if (EmailAddresses.normalize(newLogin).equals(credentials.account().getLogin())) {
            Texts.error("login:newLogin", Texts.of(AccountModule.BUNDLE, "login.same"));
            valid = false;
        }
        if (!credentials.passwordMatches(password)) {
            Texts.error("login:password", Texts.of(AccountModule.BUNDLE, "password.current.wrong"));
            valid = false;
        }
        password = null;
        if (!valid) {
            return;
        }
        String address = EmailAddresses.normalize(newLogin);
        if (accounts.byLogin(address).isPresent()) {
            // Says no more than that: whose login it is stays private.
            Texts.error("login:newLogin", Texts.of(AccountModule.BUNDLE, "login.taken"));
            return;
        }
        credentials.requestLoginChange(address,
                ((HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest()).getRemoteAddr());
        sentTo = address;
    }

    public String getSentMessage() {
        return sentTo == null ? null : Texts.of(AccountModule.BUNDLE, "login.sent", sentTo, hours);
    }

    public String getCurrentLogin() {
        return credentials.account().getLogin();
    }

    public String getNewLogin() {
        return newLogin;
    }

    public void setNewLogin(String newLogin) {
        this.newLogin = newLogin;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }
}
