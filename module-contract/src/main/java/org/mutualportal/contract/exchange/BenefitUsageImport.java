package org.mutualportal.contract.exchange;

import static org.mutualportal.contract.exchange.ContractImports.text;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.mutualportal.api.exchange.ExternalIds;
import org.mutualportal.api.exchange.ImportOutcome;
import org.mutualportal.api.exchange.JsonRecord;
import org.mutualportal.api.member.Beneficiary;
import org.mutualportal.api.member.MemberDirectory;
import org.mutualportal.contract.estimate.BenefitUsage;
import org.mutualportal.contract.offer.GuaranteeCategory;
import org.mutualportal.contract.offer.GuaranteeRule;
import org.mutualportal.spi.RecordImport;

/**
 * What each beneficiary already used ({@code POST /api/v1/contract/benefit-usage}), upserted by external id;
 * beneficiaries and existing rows are each read with one query for the batch.
 */
@ApplicationScoped
public class BenefitUsageImport implements RecordImport<BenefitUsageRecord> {

    @PersistenceContext(unitName = "contract")
    EntityManager em;

    @Inject
    MemberDirectory directory;

    @Override
    public String resource() {
        return "contract/benefit-usage";
    }

    @Override
    public String key(BenefitUsageRecord record) {
        return record.externalId();
    }

    @Override
    public BenefitUsageRecord read(JsonRecord r) {
        String externalId = r.requiredText("externalId", 64);
        String beneficiary = r.requiredText("beneficiary", 64);
        GuaranteeCategory category = ContractImports.quotedCategory(r);
        String rule = r.text("rule", GuaranteeRule.CODE_LENGTH);
        var careDate = r.requiredDate("careDate");
        var amount = r.requiredAmount("mutualAmount", 10);
        return r.isValid() ? new BenefitUsageRecord(externalId, beneficiary, category, rule, careDate, amount) : null;
    }

    @Override
    public void write(List<Item<BenefitUsageRecord>> items, ImportOutcome outcome) {
        Map<String, Beneficiary> people = directory.beneficiariesByExternalId(
                new HashSet<>(items.stream().map(i -> i.value().beneficiary()).toList()));
        Map<String, BenefitUsage> stored = new HashMap<>();
        ExternalIds.entities(em, BenefitUsage.class, items.stream().map(i -> i.value().externalId()).toList())
                .forEach(u -> stored.put(u.getExternalId(), u));
        for (Item<BenefitUsageRecord> item : items) {
            BenefitUsageRecord r = item.value();
            Beneficiary beneficiary = people.get(r.beneficiary());
            if (beneficiary == null) {
                outcome.reject(item.index(), "beneficiary", text("usage.beneficiary.unknown", r.beneficiary()));
                continue;
            }
            BenefitUsage current = stored.get(r.externalId());
            if (current == null) {
                em.persist(new BenefitUsage(r.externalId(), beneficiary.getId(), r.category(), r.rule(), r.careDate(),
                        r.mutualAmount()));
                outcome.created(item.index());
            } else if (current.getBeneficiaryId() == beneficiary.getId() && current.getCategory() == r.category()
                    && Objects.equals(current.getRuleCode(), r.rule()) && current.getCareDate().equals(r.careDate())
                    && ContractImports.equal(current.getMutualAmount(), r.mutualAmount())) {
                outcome.unchanged(item.index());
            } else {
                em.createQuery("select u from BenefitUsage u where u.externalId = :id", BenefitUsage.class)
                        .setParameter("id", r.externalId()).getSingleResult()
                        .update(beneficiary.getId(), r.category(), r.rule(), r.careDate(), r.mutualAmount());
                outcome.updated(item.index());
            }
        }
        em.flush();
    }
}
