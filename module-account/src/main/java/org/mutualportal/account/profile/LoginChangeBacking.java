package org.mutualportal.account.profile;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.mutualportal.account.AccountModule;
import org.mutualportal.api.security.WebAccount;
import org.mutualportal.api.text.Texts;
import org.mutualportal.api.validation.EmailAddress;

/** "Identifiant de connexion — Modifier": the new address must confirm before it becomes the login. */
@Named
@RequestScoped
public class LoginChangeBacking {

    @Inject
    Credentials credentials;

    @Inject
    @ConfigProperty(name = "portal.account.login-change-hours", defaultValue = "48")
    int hours;

    @EmailAddress
    @Size(max = WebAccount.LOGIN_LENGTH)
    private String newLogin;
    private String password;
    private String sentTo;

    public void request() {
        sentTo = credentials.requestLoginChange(newLogin, password);
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
