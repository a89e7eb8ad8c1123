package org.mutualportal.account.recovery;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.List;
import org.mutualportal.account.AccountModule;
import org.mutualportal.account.password.NewPassword;
import org.mutualportal.account.token.AccountTokens.Lookup;
import org.mutualportal.account.token.AccountTokens.State;
import org.mutualportal.core.member.Member;
import org.mutualportal.core.security.WebAccounts;
import org.mutualportal.core.web.Texts;

/** The reset link's page: a new password, following the policy. */
@Named
@RequestScoped
public class ResetPasswordBacking {

    @Inject
    AccountRecovery recovery;

    @Inject
    NewPassword newPassword;

    @Inject
    WebAccounts accounts;

    private String token;
    private State state;
    private boolean done;
    private String password;
    private String confirmation;

    public void load() {
        state = recovery.resetLink(token).state();
    }

    public void reset() {
        Lookup link = recovery.resetLink(token);
        state = link.state();
        if (state != State.VALID) {
            return;
        }
        List<String> personal = new ArrayList<>();
        recovery.holderOf(link).ifPresent((Member m) -> {
            personal.add(m.getLastName());
            personal.add(m.getFirstName());
        });
        link.token().flatMap(t -> accounts.find(t.getAccountId())).ifPresent(a -> personal.add(a.getLogin()));
        if (!newPassword.accept(password, confirmation, personal, "reset:password", "reset:confirmation")) {
            password = null;
            confirmation = null;
            return;
        }
        state = recovery.reset(token, accounts.hash(password.toCharArray()),
                ((HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest()).getRemoteAddr());
        done = state == State.VALID;
        password = null;
        confirmation = null;
    }

    public String getProblem() {
        return state == null || state == State.VALID ? null : Texts.of(AccountModule.BUNDLE, "reset." + state);
    }

    public boolean isFormShown() {
        return state == State.VALID && !done;
    }

    public boolean isDone() {
        return done;
    }

    public String getToken() {
        return token;
    }

    public void setToken(String token) {
        this.token = token;
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
