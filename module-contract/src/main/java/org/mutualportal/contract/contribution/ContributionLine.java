package org.mutualportal.contract.contribution;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.math.BigDecimal;

/** One beneficiary's share of a contribution for one guarantee ("Voir le détail"). */
@Entity
@Table(name = "contract_contribution_line")
public class ContributionLine {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "contract_contribution_line_seq")
    @SequenceGenerator(name = "contract_contribution_line_seq", sequenceName = "contract_contribution_line_seq",
            allocationSize = 50)
    private Long id;

    @Column(name = "contribution_id", nullable = false)
    private Long contributionId;

    @Column(name = "line_number", nullable = false)
    private int lineNumber;

    @Column(name = "beneficiary_id")
    private Long beneficiaryId;

    @Column(name = "beneficiary_name", nullable = false, length = 160)
    private String beneficiaryName;

    @Column(nullable = false, length = 160)
    private String label;

    @Column(nullable = false, precision = 10, scale = 2)
    private BigDecimal amount;

    protected ContributionLine() {
    }

    public ContributionLine(Long contributionId, int lineNumber, Long beneficiaryId, String beneficiaryName,
            String label, BigDecimal amount) {
        this.contributionId = contributionId;
        this.lineNumber = lineNumber;
        this.beneficiaryId = beneficiaryId;
        this.beneficiaryName = beneficiaryName;
        this.label = label;
        this.amount = amount;
    }

    public Long getContributionId() {
        return contributionId;
    }

    public int getLineNumber() {
        return lineNumber;
    }

    public Long getBeneficiaryId() {
        return beneficiaryId;
    }

    public String getBeneficiaryName() {
        return beneficiaryName;
    }

    public String getLabel() {
        return label;
    }

    public BigDecimal getAmount() {
        return amount;
    }
}
