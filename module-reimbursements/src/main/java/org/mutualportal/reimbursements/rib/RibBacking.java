package org.mutualportal.reimbursements.rib;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.validator.ValidatorException;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.mutualportal.api.error.BusinessException;
import org.mutualportal.api.member.CollectiveContractGuard;
import org.mutualportal.api.member.MemberContext;
import org.mutualportal.api.security.Actor;
import org.mutualportal.api.security.WebAccounts;
import org.mutualportal.api.text.FrenchFormats;
import org.mutualportal.api.text.Texts;
import org.mutualportal.api.validation.BankAccountCheck;
import org.mutualportal.api.validation.Bic;
import org.mutualportal.api.validation.Iban;
import org.mutualportal.reimbursements.ReimbursementsModule;

/**
 * The RIB tab and its change form (password asked again: bank details are where money goes). The form's
 * fields carry their constraints; whether the BIC belongs to the IBAN's country needs both, and
 * {@link RibChanges} checks it.
 */
@Named
@RequestScoped
public class RibBacking {

    @Inject
    RibChanges changes;

    @Inject
    WebAccounts accounts;

    @Inject
    MemberContext memberContext;

    @Inject
    Actor actor;

    private BankDetails details;
    private boolean loaded;

    @NotBlank
    @Size(max = BankDetails.HOLDER_LENGTH)
    private String holder;

    @NotBlank
    @Iban
    private String iban;

    @NotBlank
    @Bic
    private String bic;

    private String password;
    private boolean passwordConfirmed;

    public BankDetails getDetails() {
        if (!loaded) {
            details = changes.current().orElse(null);
            loaded = true;
        }
        return details;
    }

    public String getMaskedIban() {
        return getDetails() == null ? null : BankDetails.mask(details.getIban());
    }

    public String getPendingText() {
        BankDetails current = getDetails();
        return current == null || !current.isChangePending() ? null
                : Texts.of(ReimbursementsModule.BUNDLE, "rib.pending", FrenchFormats.dateTime(current.getPendingRequestedAt()),
                        BankDetails.mask(current.getPendingIban()));
    }

    public boolean isGuarded() {
        return changes.isGuarded();
    }

    /** View action of the form: a collective contract's RIB goes through the employer when so configured. */
    public String enter() {
        if (changes.isGuarded()) {
            return CollectiveContractGuard.EMPLOYER_PAGE + "?faces-redirect=true";
        }
        if (holder == null) {
            holder = memberContext.member().getFullName();
        }
        return null;
    }

    /**
     * Validator of the password field. The password is checked with the other fields rather than in
     * {@link #save()}: a mistyped IBAN and a wrong password are then both shown at once, where an action would
     * not even run after the IBAN's refusal.
     */
    public void checkPassword(FacesContext context, UIComponent input, Object value) {
        Long accountId = actor.accountId();
        if (!(value instanceof String typed) || accountId == null || !accounts.passwordMatches(accountId, typed.toCharArray())) {
            String text = Texts.of(ReimbursementsModule.BUNDLE, "rib.password.wrong");
            throw new ValidatorException(new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text));
        }
        passwordConfirmed = true;
    }

    /**
     * Asks for the change. Faces runs no validator for an input a request leaves out, and the password may not be
     * skipped so: {@link #checkPassword} must have confirmed it in this request. The other fields left out of a
     * forged request are refused by {@link RibChanges}.
     */
    public String save() {
        if (!passwordConfirmed) {
            throw new BusinessException(ReimbursementsModule.BUNDLE, "rib.password.wrong").on("password");
        }
        changes.request(holder == null ? null : holder.strip(), BankAccountCheck.normalize(iban), BankAccountCheck.normalize(bic));
        Texts.flash(Texts.of(ReimbursementsModule.BUNDLE, "rib.saved"));
        return "/reimbursements/rib.xhtml?faces-redirect=true";
    }

    public String getHolder() {
        return holder;
    }

    public void setHolder(String holder) {
        this.holder = holder;
    }

    public String getIban() {
        return iban;
    }

    public void setIban(String iban) {
        this.iban = iban;
    }

    public String getBic() {
        return bic;
    }

    public void setBic(String bic) {
        this.bic = bic;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }
}
