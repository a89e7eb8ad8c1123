package org.mutualportal.account.profile;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.mutualportal.account.AccountModule;
import org.mutualportal.api.text.Texts;

/**
 * What the pages that ask for the password ("Modifier mon identifiant", "Choisir un mot de passe", "Supprimer mon
 * compte") show to an account without one: no password field, and, when the provider sign-in is not recent enough
 * to stand for it ({@link Credentials}), a link to sign in again through the provider instead of the form.
 */
@Named
@RequestScoped
public class RecentSignInBacking {

    @Inject
    Credentials credentials;

    private Boolean passwordless;
    private Boolean recent;

    /** The account has no password: the page asks none. */
    public boolean isPasswordless() {
        if (passwordless == null) {
            passwordless = !credentials.hasPassword();
        }
        return passwordless;
    }

    /** No password, and no recent provider sign-in: the page asks to sign in again instead of showing its form. */
    public boolean isNeeded() {
        if (!isPasswordless()) {
            return false;
        }
        if (recent == null) {
            recent = credentials.recentProviderSignIn();
        }
        return !recent;
    }

    public String getMessage() {
        return message("password.none.signInAgain");
    }

    /** The reason to sign in again of a page that says which change asks for it; {@code {0}}: the minutes. */
    public String message(String key) {
        return Texts.of(AccountModule.BUNDLE, key, credentials.providerSignInMinutes());
    }

    /**
     * The address that signs in again through the provider, then comes back to the page.
     *
     * @param page the page to come back to, context-relative
     * @return {@code null} when the session was not opened through a provider
     */
    public String address(String page) {
        return credentials.signInAgainAddress(page)
                .map(address -> FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath() + address)
                .orElse(null);
    }
}
