package org.mutualportal.account.profile;

import jakarta.inject.Inject;
import org.mutualportal.account.AccountModule;
import org.mutualportal.account.profile.EmailChanges.Link;
import org.mutualportal.account.profile.EmailChanges.Outcome;
import org.mutualportal.api.text.Texts;

/**
 * The pages of the two links a change of contact address sends: to confirm (to the new address) and to cancel (to
 * the old one). Public pages, so that they work from any browser; they sign nobody in, and the button (a POST)
 * keeps mail scanners that open links from acting. Each page's texts are its prefix's keys: {@code .valid} asks,
 * {@code .done} reports, the outcome's name says what is wrong with the link.
 */
public abstract class EmailLinkBacking {

    @Inject
    EmailChanges emailChanges;

    private String token;
    private Link link;
    private boolean done;

    public void load() {
        link = lookup(token);
    }

    /** The button: acts once, or says why the link no longer works. */
    public void follow() {
        link = act(token);
        done = link.outcome() == Outcome.VALID;
    }

    /** What the link is, without acting. */
    abstract Link lookup(String token);

    /** Acts on the link (in a transaction). */
    abstract Link act(String token);

    /** The bundle prefix of the page's texts. */
    public abstract String getPrefix();

    /** The question, the result, or what is wrong with the link. */
    public String getMessage() {
        String suffix = done ? "done" : link.outcome() == Outcome.VALID ? "valid" : link.outcome().name();
        return Texts.of(AccountModule.BUNDLE, getPrefix() + "." + suffix, link.newAddress());
    }

    public boolean isFormShown() {
        return link != null && link.outcome() == Outcome.VALID && !done;
    }

    public boolean isProblem() {
        return link != null && link.outcome() != Outcome.VALID;
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
