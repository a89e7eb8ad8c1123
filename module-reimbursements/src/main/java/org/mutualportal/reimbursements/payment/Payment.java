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
 * A payment of the mutual: to the member (a reimbursement) or to a health professional under tiers payant.
 * Belongs to a membership; its lines say what it paid for.
 */
@Entity
@Table(name = "reimb_payment")
public class Payment implements java.io.Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "reimb_payment_seq")
    @SequenceGenerator(name = "reimb_payment_seq", sequenceName = "reimb_payment_seq", allocationSize = 50)
    private Long id;

    /** The management system's identifier, the key of imports. */
    @Column(name = "external_id", nullable = false, unique = true, length = 64)
    private String externalId;

    @Column(name = "member_id", nullable = false)
    private Long memberId;

    @Column(name = "membership_id", nullable = false)
    private Long membershipId;

    @Column(name = "payment_date", nullable = false)
    private LocalDate paymentDate;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private PaymentMode mode;

    /** What the mutual paid, the sum of its lines' mutual parts. */
    @Column(nullable = false, precision = 12, scale = 2)
    private BigDecimal amount;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private Payee payee;

    /** The professional paid under tiers payant (pharmacy, laboratory, hospital…), when not the member. */
    @Column(name = "payee_name", length = 120)
    private String payeeName;

    /** The bill the member sent online that this payment settles (its request's id), or none. */
    @Column(name = "claim_request_id")
    private Long claimRequestId;

    protected Payment() {
    }

    public Payment(String externalId, long memberId, long membershipId, LocalDate paymentDate, PaymentMode mode,
            BigDecimal amount, Payee payee, String payeeName) {
        this(externalId, memberId, membershipId, paymentDate, mode, amount, payee, payeeName, null);
    }

    public Payment(String externalId, long memberId, long membershipId, LocalDate paymentDate, PaymentMode mode,
            BigDecimal amount, Payee payee, String payeeName, Long claimRequestId) {
        this.externalId = externalId;
        this.memberId = memberId;
        this.membershipId = membershipId;
        this.paymentDate = paymentDate;
        this.mode = mode;
        this.amount = amount;
        this.payee = payee;
        this.payeeName = payeeName;
        this.claimRequestId = claimRequestId;
    }

    public Long getId() {
        return id;
    }

    public String getExternalId() {
        return externalId;
    }

    public Long getMemberId() {
        return memberId;
    }

    public Long getMembershipId() {
        return membershipId;
    }

    public LocalDate getPaymentDate() {
        return paymentDate;
    }

    public PaymentMode getMode() {
        return mode;
    }

    public BigDecimal getAmount() {
        return amount;
    }

    public Payee getPayee() {
        return payee;
    }

    public String getPayeeName() {
        return payeeName;
    }

    public Long getClaimRequestId() {
        return claimRequestId;
    }
}
