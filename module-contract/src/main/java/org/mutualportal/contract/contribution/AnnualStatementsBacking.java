package org.mutualportal.contract.contribution;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.mutualportal.contract.ContractModule;
import org.mutualportal.api.text.Texts;

/** The page listing the years a member may download a "Relevé annuel de cotisations" for. */
@Named
@RequestScoped
public class AnnualStatementsBacking {

    @Inject
    Contributions contributions;

    private List<Contributions.PaidYear> years;

    public List<Contributions.PaidYear> getYears() {
        if (years == null) {
            years = contributions.paidYears();
        }
        return years;
    }

    public String downloadLabel(Contributions.PaidYear year) {
        return Texts.of(ContractModule.BUNDLE, "annual.download", Integer.toString(year.year()));
    }
}
