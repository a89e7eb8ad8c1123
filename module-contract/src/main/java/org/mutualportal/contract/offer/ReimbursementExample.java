package org.mutualportal.contract.offer;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;

/**
 * A reimbursement example in euros (an expense, what the Sécurité sociale and the mutual pay, what remains),
 * the same examples for every offer so that members can compare them.
 */
@Entity
@Table(name = "contract_example")
public class ReimbursementExample {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "offer_code", nullable = false, length = 30)
    private String offerCode;

    @Column(nullable = false)
    private int position;

    @Column(nullable = false, length = 200)
    private String label;

    @Column(nullable = false, precision = 10, scale = 2)
    private BigDecimal expense;

    @Column(name = "ss_amount", nullable = false, precision = 10, scale = 2)
    private BigDecimal ssAmount;

    @Column(name = "mutual_amount", nullable = false, precision = 10, scale = 2)
    private BigDecimal mutualAmount;

    protected ReimbursementExample() {
    }

    public ReimbursementExample(String offerCode, int position, String label, BigDecimal expense, BigDecimal ssAmount,
            BigDecimal mutualAmount) {
        this.offerCode = offerCode;
        this.position = position;
        this.label = label;
        this.expense = expense;
        this.ssAmount = ssAmount;
        this.mutualAmount = mutualAmount;
    }

    public String getOfferCode() {
        return offerCode;
    }

    public int getPosition() {
        return position;
    }

    public String getLabel() {
        return label;
    }

    public BigDecimal getExpense() {
        return expense;
    }

    public BigDecimal getSsAmount() {
        return ssAmount;
    }

    public BigDecimal getMutualAmount() {
        return mutualAmount;
    }

    public BigDecimal getRemaining() {
        return expense.subtract(ssAmount).subtract(mutualAmount);
    }
}
