package org.mutualportal.reimbursements.rib;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.mutualportal.core.banking.BankAccountCheck;
import org.mutualportal.core.member.MemberContext;
import org.mutualportal.core.security.WebAccounts;
import org.mutualportal.core.web.FrenchFormats;
import org.mutualportal.core.web.Texts;
import org.mutualportal.reimbursements.ReimbursementsModule;

/** The RIB tab and its change form (password asked again: bank details are where money goes). */
@Named
@RequestScoped
public class RibBacking {

    @Inject
    RibChanges changes;

    @Inject
    WebAccounts accounts;

    @Inject
    MemberContext memberContext;

    private BankDetails details;
    private boolean loaded;
    private String holder;
    private String iban;
    private String bic;
    private String password;

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
            return "/employer-managed.xhtml?faces-redirect=true";
        }
        if (holder == null) {
            holder = memberContext.member().getFullName();
        }
        return null;
    }

    public String save() {
        String normalizedIban = BankAccountCheck.normalize(iban);
        String normalizedBic = BankAccountCheck.normalize(bic);
        boolean valid = true;
        var ibanProblem = BankAccountCheck.ibanProblem(normalizedIban);
        if (ibanProblem.isPresent()) {
            Texts.error("rib:iban", Texts.core(ibanProblem.get()));
            valid = false;
        } else {
            var bicProblem = BankAccountCheck.bicProblem(normalizedBic, normalizedIban);
            if (bicProblem.isPresent()) {
                Texts.error("rib:bic", Texts.core(bicProblem.get()));
                valid = false;
            }
        }
        long accountId = memberContext.user().orElseThrow().accountId();
        if (password == null || !accounts.passwordMatches(accountId, password.toCharArray())) {
            Texts.error("rib:password", Texts.of(ReimbursementsModule.BUNDLE, "rib.password.wrong"));
            valid = false;
        }
        password = null;
        if (!valid) {
            return null;
        }
        changes.request(holder.strip(), normalizedIban, normalizedBic);
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
