package org.mutualportal.account.recovery;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.mutualportal.account.AccountModule;
import org.mutualportal.account.token.AccountTokens.State;
import org.mutualportal.api.text.Texts;

/** The reset link's page: a new password, following the policy. */
@Named
@RequestScoped
public class ResetPasswordBacking {

    @Inject
    AccountRecovery recovery;

    private String token;
    private State state;
    private boolean done;
    private String password;
    private String confirmation;

    public void load() {
        state = recovery.resetLink(token).state();
    }

    public void reset() {
        // The link's state first, so that a refused password shows the form again, still valid.
        load();
        if (state != State.VALID) {
            return;
        }
        state = recovery.reset(token, password, confirmation);
        done = state == State.VALID;
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
