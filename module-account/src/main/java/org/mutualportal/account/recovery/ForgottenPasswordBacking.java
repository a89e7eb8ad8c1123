package org.mutualportal.account.recovery;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.mutualportal.account.AccountModule;
import org.mutualportal.api.text.Texts;
import org.mutualportal.api.validation.EmailAddress;

/** "Mot de passe oublié ?": the same answer whether the address has an account or not. */
@Named
@RequestScoped
public class ForgottenPasswordBacking {

    @Inject
    AccountRecovery recovery;

    @Inject
    @ConfigProperty(name = "portal.account.reset-minutes", defaultValue = "60")
    int resetMinutes;

    @EmailAddress
    private String login;
    private boolean sent;

    public void send() {
        recovery.forgotten(login);
        sent = true;
    }

    public String getDoneMessage() {
        return Texts.of(AccountModule.BUNDLE, "forgotten.done", resetMinutes);
    }

    public String getLogin() {
        return login;
    }

    public void setLogin(String login) {
        this.login = login;
    }

    public boolean isSent() {
        return sent;
    }
}
