package org.mutualportal.contract.contribution;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Optional;
import org.mutualportal.contract.ContractModule;
import org.mutualportal.contract.overview.ContractOverview;
import org.mutualportal.contract.terms.ContractTerms;
import org.mutualportal.api.validation.BankAccountCheck;
import org.mutualportal.api.requests.MemberRequest;
import org.mutualportal.api.text.FrenchFormats;
import org.mutualportal.api.text.Texts;

/**
 * "Mes cotisations": how they are paid (with a change waiting for the mutual), the next due date and amount,
 * and the history by pages of {@value #PAGE_SIZE}, paged in SQL with the page number in the URL.
 */
@Named
@RequestScoped
public class ContributionsBacking {

    static final int PAGE_SIZE = 12;

    @Inject
    Contributions contributions;

    @Inject
    ContractOverview overview;

    private Integer page;
    private Optional<ContractTerms> terms;
    private Optional<Contribution> next;
    private Optional<MemberRequest> pendingChange;
    private List<Contribution> history;
    private long total = -1;

    public ContractTerms getTerms() {
        if (terms == null) {
            terms = overview.terms();
        }
        return terms.orElse(null);
    }

    public String getMaskedIban() {
        return getTerms() == null ? null : BankAccountCheck.mask(getTerms().getIban());
    }

    public MemberRequest getPendingChange() {
        if (pendingChange == null) {
            getTerms();
            pendingChange = overview.pendingPaymentChange(terms);
        }
        return pendingChange.orElse(null);
    }

    public Contribution getNext() {
        if (next == null) {
            next = contributions.next();
        }
        return next.orElse(null);
    }

    public List<Contribution> getHistory() {
        if (history == null) {
            history = contributions.history((getPage() - 1) * PAGE_SIZE, PAGE_SIZE);
        }
        return history;
    }

    public long getTotal() {
        if (total < 0) {
            total = contributions.count();
        }
        return total;
    }

    public int getPages() {
        return (int) Math.max(1, (getTotal() + PAGE_SIZE - 1) / PAGE_SIZE);
    }

    public String getPageText() {
        return Texts.of(ContractModule.BUNDLE, "contributions.page", getPage(), getPages());
    }

    public String period(Contribution contribution) {
        return Texts.of(ContractModule.BUNDLE, "contributions.period", FrenchFormats.date(contribution.getPeriodStart()),
                FrenchFormats.date(contribution.getPeriodEnd()));
    }

    /** The page shown, from 1: the first when the URL has none (or 0). Never {@code null}. */
    public Integer getPage() {
        return page == null ? 1 : Math.min(Math.max(1, page), Integer.MAX_VALUE / PAGE_SIZE);
    }

    public void setPage(Integer page) {
        this.page = page;
    }
}
