package org.mutualportal.account.profile;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.mutualportal.account.AccountModule;
import org.mutualportal.account.token.AccountTokens.State;
import org.mutualportal.api.text.Texts;

/** The page of the link sent to a new login address: confirming it changes the login. */
@Named
@RequestScoped
public class ConfirmLoginBacking {

    @Inject
    Credentials credentials;

    private String token;
    private State state;
    private boolean done;

    public void load() {
        state = credentials.loginChangeState(token);
    }

    public void confirm() {
        state = credentials.confirmLoginChange(token);
        done = state == State.VALID;
    }

    public String getProblem() {
        return state == null || state == State.VALID ? null : Texts.of(AccountModule.BUNDLE, "confirmLogin." + state);
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
}
