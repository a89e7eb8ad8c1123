package org.mutualportal.account.link;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.Size;
import java.io.IOException;
import java.util.Optional;
import org.mutualportal.account.AccountModule;
import org.mutualportal.api.error.BusinessException;
import org.mutualportal.api.security.VerifiedIdentity;
import org.mutualportal.api.security.WebAccount;
import org.mutualportal.api.text.FrenchFormats;
import org.mutualportal.api.text.Texts;
import org.mutualportal.api.validation.EmailAddress;
import org.mutualportal.api.validation.MembershipNumber;

/**
 * "Relier votre identité à votre espace adhérent" ({@code /public/account/link-identity.xhtml}): the member number
 * first, then, for a member without an account, the address that will be its login. Which step the page is at comes
 * from the session ({@link ProvenMember}), so that both are plain forms.
 */
@Named
@RequestScoped
public class LinkIdentityBacking {

    @Inject
    IdentityLinks links;

    @Inject
    ProvenMember proven;

    @MembershipNumber
    private String membershipNumber;
    @EmailAddress
    @Size(max = WebAccount.LOGIN_LENGTH)
    private String login;

    private Optional<VerifiedIdentity> pending;

    /**
     * Checks the number; links and signs in, or goes on to the login step.
     *
     * @throws BusinessException at the top when the number does not match or the account is closed
     */
    public void prove() throws IOException {
        IdentityLinks.Outcome outcome = links.prove(membershipNumber);
        pending = null;
        answer(outcome);
    }

    /** Creates the account of a member who proved who they are, and signs in. */
    public void create() throws IOException {
        IdentityLinks.Outcome outcome = links.create(login);
        pending = null;
        answer(outcome);
    }

    private void answer(IdentityLinks.Outcome outcome) throws IOException {
        switch (outcome) {
            case LINKED -> {
                // After the commit (the service's transaction ended): the core signs in to the linked account there.
                ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
                external.redirect(external.getRequestContextPath() + links.signInAddress());
                FacesContext.getCurrentInstance().responseComplete();
            }
            case MISMATCH -> throw new BusinessException(AccountModule.BUNDLE, "link.mismatch", providerLabel());
            case CLOSED -> throw new BusinessException(AccountModule.BUNDLE, "link.closed", providerLabel());
            case NO_ACCOUNT, NO_PENDING -> {
                // The page shows the next step, or that nothing is pending any more.
            }
        }
    }

    private Optional<VerifiedIdentity> person() {
        if (pending == null) {
            pending = links.pending();
        }
        return pending;
    }

    /** Whether an identity waits in this browser; without one the page only sends back to the sign-in page. */
    public boolean isPending() {
        return person().isPresent();
    }

    /** Whether the number was proven and the member has no account: the login step. */
    public boolean isAccountStep() {
        return person().map(proven::memberFor).isPresent();
    }

    public String getProviderLabel() {
        return providerLabel();
    }

    private String providerLabel() {
        return person().map(VerifiedIdentity::providerLabel).orElse("");
    }

    /** "FranceConnect vous a identifié(e) : Marie Dupont, né(e) le 12/03/1980", names as the provider sent them. */
    public String getIdentified() {
        VerifiedIdentity person = person().orElse(null);
        if (person == null) {
            return "";
        }
        String name = String.join(" ", Optional.ofNullable(person.givenNames()).orElse(""),
                Optional.ofNullable(person.familyName()).orElse("")).strip();
        return person.birthDate() == null
                ? Texts.of(AccountModule.BUNDLE, "link.identified.undated", person.providerLabel(), name)
                : Texts.of(AccountModule.BUNDLE, "link.identified", person.providerLabel(), name,
                        FrenchFormats.date(person.birthDate()));
    }

    public String getMembershipNumber() {
        return membershipNumber;
    }

    public void setMembershipNumber(String membershipNumber) {
        this.membershipNumber = membershipNumber;
    }

    /** The address typed, or first the one the provider sent (not verified: the member confirms it by submitting). */
    public String getLogin() {
        if (login == null) {
            return person().map(VerifiedIdentity::email).orElse(null);
        }
        return login;
    }

    public void setLogin(String login) {
        this.login = login;
    }
}
