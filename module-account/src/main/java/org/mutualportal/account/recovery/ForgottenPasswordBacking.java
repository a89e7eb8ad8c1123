package org.mutualportal.account.recovery;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.mutualportal.account.AccountModule;
import org.mutualportal.core.address.EmailAddresses;
import org.mutualportal.core.web.Texts;

/** "Mot de passe oublié ?": the same answer whether the address has an account or not. */
@Named
@RequestScoped
public class ForgottenPasswordBacking {

    @Inject
    AccountRecovery recovery;

    @Inject
    @ConfigProperty(name = "portal.account.reset-minutes", defaultValue = "60")
    int resetMinutes;

    private String login;
    private boolean sent;

    public void send() {
        if (!EmailAddresses.isValid(login)) {
            Texts.error("forgotten:login", Texts.of(AccountModule.BUNDLE, "email.invalid"));
            return;
        }
        recovery.forgotten(login, ((HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext()
                .getRequest()).getRemoteAddr());
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
