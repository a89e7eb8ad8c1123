package org.mutualportal.account.recovery;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.mutualportal.account.AccountModule;
import org.mutualportal.account.token.AccountTokens.State;
import org.mutualportal.api.text.Texts;

/**
 * The activation link's page. Opening the link does not activate (mail scanners open links): the member
 * confirms with a button. An expired or used link offers a new one.
 */
@Named
@RequestScoped
public class ActivateBacking {

    @Inject
    AccountRecovery recovery;

    @Inject
    @ConfigProperty(name = "portal.account.activation-hours", defaultValue = "48")
    int activationHours;

    private String token;
    private State state;
    private boolean activated;
    private String login;
    private boolean resent;

    public void load() {
        state = recovery.activationState(token);
    }

    public void activate() {
        state = recovery.activate(token);
        activated = state == State.VALID;
    }

    /**
     * Reads the link's state first, so that a refused address (checked by the service, not by a constraint that
     * would skip this action) still shows what was wrong with the link.
     */
    public void resend() {
        load();
        recovery.resendActivation(login);
        resent = true;
    }

    public String getProblem() {
        return state == null || state == State.VALID ? null : Texts.of(AccountModule.BUNDLE, "activate." + state, activationHours);
    }

    /** What "Créer mon espace" answers when the card data matched. */
    public String getSentMessage() {
        return Texts.of(AccountModule.BUNDLE, "register.sent.text", activationHours);
    }

    public String getToken() {
        return token;
    }

    public void setToken(String token) {
        this.token = token;
    }

    public boolean isValid() {
        return state == State.VALID && !activated;
    }

    public boolean isActivated() {
        return activated;
    }

    public String getLogin() {
        return login;
    }

    public void setLogin(String login) {
        this.login = login;
    }

    public boolean isResent() {
        return resent;
    }
}
