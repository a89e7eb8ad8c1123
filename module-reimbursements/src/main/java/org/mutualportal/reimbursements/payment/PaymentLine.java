package org.mutualportal.reimbursements.payment;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One act paid ("prestation"): what was spent, what the Sécurité sociale and the mutual paid, and what
 * explains it — the base de remboursement, the Sécurité sociale rate, the deductible the law leaves to the
 * patient, and the guarantee of the offer that applied. The reste à charge is derived, never stored.
 */
@Entity
@Table(name = "reimb_line")
public class PaymentLine implements java.io.Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "reimb_line_seq")
    @SequenceGenerator(name = "reimb_line_seq", sequenceName = "reimb_line_seq", allocationSize = 50)
    private Long id;

    @Column(name = "payment_id", nullable = false)
    private Long paymentId;

    @Column(name = "line_number", nullable = false)
    private int lineNumber;

    @Column(name = "beneficiary_id")
    private Long beneficiaryId;

    /** The beneficiary's name when the act was paid (names change; the statement must not). */
    @Column(name = "beneficiary_name", nullable = false, length = 160)
    private String beneficiaryName;

    @Column(name = "act_code", length = 20)
    private String actCode;

    @Column(name = "act_label", nullable = false, length = 160)
    private String actLabel;

    @Column(name = "care_start", nullable = false)
    private LocalDate careStart;

    @Column(name = "care_end", nullable = false)
    private LocalDate careEnd;

    @Column(nullable = false, precision = 10, scale = 2)
    private BigDecimal expense;

    /** Base de remboursement (BR) of the Sécurité sociale. */
    @Column(name = "base_amount", nullable = false, precision = 10, scale = 2)
    private BigDecimal baseAmount;

    /** The Sécurité sociale rate, in percent of the base (70, 60, 100…). */
    @Column(name = "ss_rate", nullable = false, precision = 5, scale = 2)
    private BigDecimal ssRate;

    /** What the Sécurité sociale paid, deductible already taken off. */
    @Column(name = "ss_amount", nullable = false, precision = 10, scale = 2)
    private BigDecimal ssAmount;

    /** Participation forfaitaire or franchise médicale: by law, no complementary insurer may cover it. */
    @Column(name = "ss_deductible", nullable = false, precision = 10, scale = 2)
    private BigDecimal ssDeductible;

    @Column(name = "mutual_amount", nullable = false, precision = 10, scale = 2)
    private BigDecimal mutualAmount;

    @Column(name = "guarantee_label", nullable = false, length = 120)
    private String guaranteeLabel;

    @Enumerated(EnumType.STRING)
    @Column(name = "guarantee_basis", nullable = false, length = 24)
    private GuaranteeBasis guaranteeBasis;

    /** 200 for "200 % BR", 150.00 for a cap of 150 €; empty for frais réels and 100 % Santé. */
    @Column(name = "guarantee_value", precision = 10, scale = 2)
    private BigDecimal guaranteeValue;

    protected PaymentLine() {
    }

    public PaymentLine(long paymentId, int lineNumber, Long beneficiaryId, String beneficiaryName, String actCode,
            String actLabel, LocalDate careStart, LocalDate careEnd, BigDecimal expense, BigDecimal baseAmount,
            BigDecimal ssRate, BigDecimal ssAmount, BigDecimal ssDeductible, BigDecimal mutualAmount,
            String guaranteeLabel, GuaranteeBasis guaranteeBasis, BigDecimal guaranteeValue) {
        this.paymentId = paymentId;
        this.lineNumber = lineNumber;
        this.beneficiaryId = beneficiaryId;
        this.beneficiaryName = beneficiaryName;
        this.actCode = actCode;
        this.actLabel = actLabel;
        this.careStart = careStart;
        this.careEnd = careEnd;
        this.expense = expense;
        this.baseAmount = baseAmount;
        this.ssRate = ssRate;
        this.ssAmount = ssAmount;
        this.ssDeductible = ssDeductible;
        this.mutualAmount = mutualAmount;
        this.guaranteeLabel = guaranteeLabel;
        this.guaranteeBasis = guaranteeBasis;
        this.guaranteeValue = guaranteeValue;
    }

    public Long getId() {
        return id;
    }

    public Long getPaymentId() {
        return paymentId;
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

    public String getActCode() {
        return actCode;
    }

    public String getActLabel() {
        return actLabel;
    }

    public LocalDate getCareStart() {
        return careStart;
    }

    public LocalDate getCareEnd() {
        return careEnd;
    }

    public BigDecimal getExpense() {
        return expense;
    }

    public BigDecimal getBaseAmount() {
        return baseAmount;
    }

    public BigDecimal getSsRate() {
        return ssRate;
    }

    public BigDecimal getSsAmount() {
        return ssAmount;
    }

    public BigDecimal getSsDeductible() {
        return ssDeductible;
    }

    public BigDecimal getMutualAmount() {
        return mutualAmount;
    }

    /** Sécurité sociale and mutual together. */
    public BigDecimal getTotal() {
        return ssAmount.add(mutualAmount);
    }

    /** Reste à charge = dépense − Sécurité sociale − mutuelle. */
    public BigDecimal getRemaining() {
        return expense.subtract(ssAmount).subtract(mutualAmount);
    }

    public String getGuaranteeLabel() {
        return guaranteeLabel;
    }

    public GuaranteeBasis getGuaranteeBasis() {
        return guaranteeBasis;
    }

    public BigDecimal getGuaranteeValue() {
        return guaranteeValue;
    }
}
