package org.mutualportal.contract.contribution;

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
import org.mutualportal.contract.terms.PaymentMode;

/** A call for contributions (avis d'échéance) of a membership: the period it covers, its amount, its fate. */
@Entity
@Table(name = "contract_contribution")
public class Contribution {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "contract_contribution_seq")
    @SequenceGenerator(name = "contract_contribution_seq", sequenceName = "contract_contribution_seq", allocationSize = 50)
    private Long id;

    @Column(name = "external_id", nullable = false, unique = true, length = 64)
    private String externalId;

    @Column(name = "membership_id", nullable = false)
    private Long membershipId;

    @Column(name = "due_date", nullable = false)
    private LocalDate dueDate;

    @Column(name = "period_start", nullable = false)
    private LocalDate periodStart;

    @Column(name = "period_end", nullable = false)
    private LocalDate periodEnd;

    @Column(nullable = false, precision = 10, scale = 2)
    private BigDecimal amount;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private ContributionStatus status;

    @Column(name = "paid_on")
    private LocalDate paidOn;

    @Enumerated(EnumType.STRING)
    @Column(name = "payment_mode", length = 16)
    private PaymentMode paymentMode;

    protected Contribution() {
    }

    public Contribution(String externalId, Long membershipId, LocalDate dueDate, LocalDate periodStart,
            LocalDate periodEnd, BigDecimal amount, ContributionStatus status, LocalDate paidOn, PaymentMode paymentMode) {
        this.externalId = externalId;
        this.membershipId = membershipId;
        this.dueDate = dueDate;
        this.periodStart = periodStart;
        this.periodEnd = periodEnd;
        this.amount = amount;
        this.status = status;
        this.paidOn = paidOn;
        this.paymentMode = paymentMode;
    }

    public Long getId() {
        return id;
    }

    public String getExternalId() {
        return externalId;
    }

    public Long getMembershipId() {
        return membershipId;
    }

    public LocalDate getDueDate() {
        return dueDate;
    }

    public LocalDate getPeriodStart() {
        return periodStart;
    }

    public LocalDate getPeriodEnd() {
        return periodEnd;
    }

    public BigDecimal getAmount() {
        return amount;
    }

    public ContributionStatus getStatus() {
        return status;
    }

    public LocalDate getPaidOn() {
        return paidOn;
    }

    public PaymentMode getPaymentMode() {
        return paymentMode;
    }
}
