package org.mutualportal.contract.contribution;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Optional;
import org.mutualportal.api.error.BusinessException;
import org.mutualportal.api.member.MemberContext;
import org.mutualportal.api.security.Actor;
import org.mutualportal.api.security.WebAccounts;
import org.mutualportal.api.text.Texts;
import org.mutualportal.api.validation.BankAccountCheck;
import org.mutualportal.api.validation.Bic;
import org.mutualportal.api.validation.Iban;
import org.mutualportal.contract.ContractModule;
import org.mutualportal.contract.overview.ContractOverview;
import org.mutualportal.contract.request.FormChecks;
import org.mutualportal.contract.terms.ContractTerms;
import org.mutualportal.contract.terms.NoticeFrequency;
import org.mutualportal.contract.terms.PaymentMode;

/**
 * "Mode de règlement — Modifier": mode, frequency, and for a direct debit the account and the SEPA mandate
 * the member consents to. The password is asked again, as for every change of where money comes from. The
 * account as typed, the consent and the password are checked as the form is validated, so that the member reads
 * every message of those at once; the rules of the change itself are the service's.
 */
@Named
@RequestScoped
public class PaymentModeBacking {

    private Optional<ContractTerms> terms;

    @Inject
    PaymentModeChanges changes;

    @Inject
    ContractOverview overview;

    @Inject
    WebAccounts accounts;

    @Inject
    Actor actor;

    @Inject
    MemberContext memberContext;

    private PaymentMode mode;
    private NoticeFrequency frequency;
    private Integer debitDay;
    @Size(max = ContractTerms.HOLDER_LENGTH, message = "{org.mutualportal.contract.payment.holder.required}")
    private String holder;
    @Iban
    private String iban;
    @Bic
    private String bic;
    private boolean mandateAccepted;
    private String password;
    private boolean passwordConfirmed;
    private boolean initialized;

    /** View action: the current terms as the starting point. */
    public void load() {
        if (initialized) {
            return;
        }
        initialized = true;
        terms().ifPresent(terms -> {
            mode = PaymentMode.selectable().contains(terms.getPaymentMode()) ? terms.getPaymentMode() : null;
            frequency = terms.getNoticeFrequency();
            debitDay = terms.getDebitDay();
        });
        holder = memberContext.member().getFullName();
    }

    /**
     * Asks for the change. Faces runs no validator for a text input a request leaves out, and the password may not
     * be skipped so: {@link #checkPassword} must have confirmed it in this request.
     */
    public String save() {
        if (!passwordConfirmed) {
            throw FormChecks.refusal("password", "payment.password.wrong");
        }
        changes.request(new PaymentModeChange(mode, frequency, debitDay, holder == null ? null : holder.strip(),
                BankAccountCheck.normalize(iban), BankAccountCheck.normalize(bic)));
        Texts.flash(Texts.of(ContractModule.BUNDLE, "payment.sent"));
        return "/contract/contributions.xhtml?faces-redirect=true";
    }

    /**
     * Validator of the mandate's box: a direct debit needs the member's consent. The mode chosen above it comes as
     * the input's attribute {@code mode}, once Faces has read it.
     */
    public void checkMandate(FacesContext context, UIComponent input, Object value) {
        if (input.getAttributes().get("mode") == PaymentMode.DIRECT_DEBIT && !Boolean.TRUE.equals(value)) {
            throw FormChecks.refused(new BusinessException(ContractModule.BUNDLE, "payment.mandate.required"));
        }
    }

    /** Validator of the password asked again: the signed-in account's. */
    public void checkPassword(FacesContext context, UIComponent input, Object value) {
        Long account = actor.accountId();
        if (!(value instanceof String typed) || account == null || !accounts.passwordMatches(account, typed.toCharArray())) {
            throw FormChecks.refused(new BusinessException(ContractModule.BUNDLE, "payment.password.wrong"));
        }
        passwordConfirmed = true;
    }

    public List<PaymentMode> getModes() {
        return PaymentMode.selectable();
    }

    public NoticeFrequency[] getFrequencies() {
        return NoticeFrequency.values();
    }

    public List<Integer> getDebitDays() {
        return changes.debitDays();
    }

    public String getMandateText() {
        return Texts.of(ContractModule.BUNDLE, "payment.mandate.text", changes.creditorName());
    }

    public String getCreditorText() {
        return Texts.of(ContractModule.BUNDLE, "payment.mandate.creditor", changes.creditorName(), changes.creditorId());
    }

    public boolean isPending() {
        return overview.pendingPaymentChange(terms()).isPresent();
    }

    public ContractTerms getTerms() {
        return terms().orElse(null);
    }

    /** Read once per request: the form's defaults, its notice and its tests all start from them. */
    private Optional<ContractTerms> terms() {
        if (terms == null) {
            terms = overview.terms();
        }
        return terms;
    }

    public PaymentMode getMode() {
        return mode;
    }

    public void setMode(PaymentMode mode) {
        this.mode = mode;
    }

    public NoticeFrequency getFrequency() {
        return frequency;
    }

    public void setFrequency(NoticeFrequency frequency) {
        this.frequency = frequency;
    }

    public Integer getDebitDay() {
        return debitDay;
    }

    public void setDebitDay(Integer debitDay) {
        this.debitDay = debitDay;
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

    public boolean isMandateAccepted() {
        return mandateAccepted;
    }

    public void setMandateAccepted(boolean mandateAccepted) {
        this.mandateAccepted = mandateAccepted;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }
}
