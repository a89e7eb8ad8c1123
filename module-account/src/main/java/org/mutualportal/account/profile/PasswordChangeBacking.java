package org.mutualportal.account.profile;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.mutualportal.account.AccountModule;
import org.mutualportal.api.security.Sessions;
import org.mutualportal.api.text.Texts;

/** "Je souhaite modifier mon mot de passe": current password, new one twice; other sessions end. */
@Named
@RequestScoped
public class PasswordChangeBacking {

    @Inject
    Credentials credentials;

    @Inject
    Sessions sessions;

    private String current;
    private String password;
    private String confirmation;

    private Boolean first;

    public String save() {
        boolean firstPassword = isFirst();
        credentials.changePassword(current, password, confirmation);
        sessions.renewCurrent();
        Texts.flash(Texts.of(AccountModule.BUNDLE, firstPassword ? "password.first.saved" : "password.saved"));
        return "/account/index.xhtml?faces-redirect=true";
    }

    /** Whether the account has no password yet: the page then asks no current one (see {@link Credentials}). */
    public boolean isFirst() {
        if (first == null) {
            first = !credentials.hasPassword();
        }
        return first;
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
