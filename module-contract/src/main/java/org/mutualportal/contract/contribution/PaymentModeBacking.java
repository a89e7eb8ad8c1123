package org.mutualportal.contract.contribution;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Optional;
import org.mutualportal.contract.ContractModule;
import org.mutualportal.contract.request.FieldProblem;
import org.mutualportal.contract.terms.ContractTerms;
import org.mutualportal.contract.terms.NoticeFrequency;
import org.mutualportal.contract.terms.PaymentMode;
import org.mutualportal.contract.overview.ContractOverview;
import org.mutualportal.core.banking.BankAccountCheck;
import org.mutualportal.core.member.MemberContext;
import org.mutualportal.core.security.WebAccounts;
import org.mutualportal.core.web.Texts;

/**
 * "Mode de règlement — Modifier": mode, frequency, and for a direct debit the account and the SEPA mandate
 * the member consents to. The password is asked again, as for every change of where money comes from.
 */
@Named
@RequestScoped
public class PaymentModeBacking {

    static final String FORM = "payment";

    private Optional<ContractTerms> terms;

    @Inject
    PaymentModeChanges changes;

    @Inject
    ContractOverview overview;

    @Inject
    WebAccounts accounts;

    @Inject
    MemberContext memberContext;

    private PaymentMode mode;
    private NoticeFrequency frequency;
    private Integer debitDay;
    private String holder;
    private String iban;
    private String bic;
    private boolean mandateAccepted;
    private String password;
    private boolean initialized;

    /** View action: the current terms as the starting point. */
    public void load() {
        if (initialized) {
            return;
        }
        initialized = true;
        terms().ifPresent(terms -> {
            mode = PaymentMode.SELECTABLE.contains(terms.getPaymentMode()) ? terms.getPaymentMode() : null;
            frequency = terms.getNoticeFrequency();
            debitDay = terms.getDebitDay();
        });
        holder = memberContext.member().getFullName();
    }

    public String save() {
        PaymentModeChange change = new PaymentModeChange(mode, frequency, debitDay,
                holder == null ? null : holder.strip(), BankAccountCheck.normalize(iban), BankAccountCheck.normalize(bic));
        boolean valid = true;
        for (FieldProblem problem : changes.check(change)) {
            problem.show(FORM);
            valid = false;
        }
        if (change.isDirectDebit() && !mandateAccepted) {
            FieldProblem.of("mandate", "payment.mandate.required").show(FORM);
            valid = false;
        }
        long accountId = memberContext.user().orElseThrow().accountId();
        if (password == null || !accounts.passwordMatches(accountId, password.toCharArray())) {
            FieldProblem.of("password", "payment.password.wrong").show(FORM);
            valid = false;
        }
        password = null;
        if (!valid) {
            return null;
        }
        changes.request(change);
        Texts.flash(Texts.of(ContractModule.BUNDLE, "payment.sent"));
        return "/contract/contributions.xhtml?faces-redirect=true";
    }

    public List<PaymentMode> getModes() {
        return PaymentMode.SELECTABLE;
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
