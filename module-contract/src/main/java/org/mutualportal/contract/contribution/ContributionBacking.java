package org.mutualportal.contract.contribution;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.mutualportal.api.web.NotFoundException;

/** "Voir le détail" of a contribution: each beneficiary's share per guarantee, with a subtotal each. */
@Named
@RequestScoped
public class ContributionBacking {

    @Inject
    Contributions contributions;

    private Long id;
    private Contributions.Detail detail;

    /** View action: 404 without an id, or for one that is not one of the membership's contributions. */
    public void load() {
        if (id == null) {
            throw new NotFoundException();
        }
        detail = contributions.detail(id);
    }

    public Contributions.Detail getDetail() {
        return detail;
    }

    /** The lines grouped by beneficiary, in their order. */
    public List<Map.Entry<String, List<ContributionLine>>> getByBeneficiary() {
        Map<String, List<ContributionLine>> grouped = new LinkedHashMap<>();
        detail.lines().forEach(l -> grouped.computeIfAbsent(l.getBeneficiaryName(), k -> new java.util.ArrayList<>()).add(l));
        return List.copyOf(grouped.entrySet());
    }

    public BigDecimal subtotal(List<ContributionLine> lines) {
        return lines.stream().map(ContributionLine::getAmount).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }
}
