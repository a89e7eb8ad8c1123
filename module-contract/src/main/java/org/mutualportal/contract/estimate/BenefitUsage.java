package org.mutualportal.contract.estimate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.mutualportal.contract.offer.GuaranteeCategory;

/**
 * Something a beneficiary already had paid that an estimate must count: glasses or hearing aids (their renewal
 * period) and amounts paid under a guarantee with a yearly cap. Sent by the management system.
 */
@Entity
@Table(name = "contract_benefit_usage")
public class BenefitUsage {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "external_id", nullable = false, length = 64, unique = true)
    private String externalId;

    @Column(name = "beneficiary_id", nullable = false)
    private long beneficiaryId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private GuaranteeCategory category;

    @Column(name = "rule_code", length = 40)
    private String ruleCode;

    @Column(name = "care_date", nullable = false)
    private LocalDate careDate;

    @Column(name = "mutual_amount", nullable = false, precision = 10, scale = 2)
    private BigDecimal mutualAmount;

    protected BenefitUsage() {
    }

    public BenefitUsage(String externalId, long beneficiaryId, GuaranteeCategory category, String ruleCode,
            LocalDate careDate, BigDecimal mutualAmount) {
        this.externalId = externalId;
        update(beneficiaryId, category, ruleCode, careDate, mutualAmount);
    }

    public final void update(long beneficiaryId, GuaranteeCategory category, String ruleCode, LocalDate careDate,
            BigDecimal mutualAmount) {
        this.beneficiaryId = beneficiaryId;
        this.category = category;
        this.ruleCode = ruleCode;
        this.careDate = careDate;
        this.mutualAmount = mutualAmount;
    }

    public String getExternalId() {
        return externalId;
    }

    public long getBeneficiaryId() {
        return beneficiaryId;
    }

    public GuaranteeCategory getCategory() {
        return category;
    }

    public String getRuleCode() {
        return ruleCode;
    }

    public LocalDate getCareDate() {
        return careDate;
    }

    public BigDecimal getMutualAmount() {
        return mutualAmount;
    }

    public Coverage.Used toCoverage() {
        return new Coverage.Used(category, ruleCode, careDate, mutualAmount);
    }
}
