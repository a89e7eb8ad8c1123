package org.mutualportal.claims.claim;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * A bill a member sent: what the management system needs besides the files, kept by the module. Its id is its
 * request's in Suivi — the claim's number for the member, the mutual and the management system. The status lives
 * with the request; the stage is copied here as the management system reports it, for the dashboard's count.
 */
@Entity
@Table(name = "claim")
public class Claim implements java.io.Serializable {

    private static final long serialVersionUID = 1L;

    public static final int CARE_KIND_LENGTH = 40;
    public static final int BENEFICIARY_NAME_LENGTH = 160;
    public static final int STAGE_LENGTH = 40;
    /** Digits of an amount before the decimal point: {@code numeric(10,2)}. */
    public static final int AMOUNT_DIGITS = 8;

    @Id
    @Column(name = "request_id")
    private Long requestId;

    @Column(name = "member_id", nullable = false)
    private Long memberId;

    @Column(name = "membership_id", nullable = false)
    private Long membershipId;

    @Column(name = "beneficiary_id", nullable = false)
    private Long beneficiaryId;

    /** As on the day of sending: a beneficiary's name may change, the claim stays as sent. */
    @Column(name = "beneficiary_name", nullable = false, length = BENEFICIARY_NAME_LENGTH)
    private String beneficiaryName;

    /** A code of {@code portal.claims.care-kinds}. */
    @Column(name = "care_kind", nullable = false, length = CARE_KIND_LENGTH)
    private String careKind;

    @Column(name = "care_date", nullable = false)
    private LocalDate careDate;

    /** What the member paid. */
    @Column(nullable = false, precision = AMOUNT_DIGITS + 2, scale = 2)
    private BigDecimal amount;

    /** Whether the Sécurité sociale paid part of it: its statement (décompte) is then among the files. */
    @Column(name = "ss_reimbursed", nullable = false)
    private boolean ssReimbursed;

    @Column(length = STAGE_LENGTH)
    private String stage;

    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt;

    protected Claim() {
    }

    public Claim(long requestId, long memberId, long membershipId, long beneficiaryId, String beneficiaryName,
            String careKind, LocalDate careDate, BigDecimal amount, boolean ssReimbursed, OffsetDateTime createdAt) {
        this.requestId = requestId;
        this.memberId = memberId;
        this.membershipId = membershipId;
        this.beneficiaryId = beneficiaryId;
        this.beneficiaryName = beneficiaryName;
        this.careKind = careKind;
        this.careDate = careDate;
        this.amount = amount;
        this.ssReimbursed = ssReimbursed;
        this.createdAt = createdAt;
    }

    /** The management system reported a stage (or the member completed the claim: none). */
    public void stageReported(String newStage) {
        this.stage = newStage;
    }

    public Long getRequestId() {
        return requestId;
    }

    public Long getMemberId() {
        return memberId;
    }

    public Long getMembershipId() {
        return membershipId;
    }

    public Long getBeneficiaryId() {
        return beneficiaryId;
    }

    public String getBeneficiaryName() {
        return beneficiaryName;
    }

    public String getCareKind() {
        return careKind;
    }

    public LocalDate getCareDate() {
        return careDate;
    }

    public BigDecimal getAmount() {
        return amount;
    }

    public boolean isSsReimbursed() {
        return ssReimbursed;
    }

    public String getStage() {
        return stage;
    }

    public OffsetDateTime getCreatedAt() {
        return createdAt;
    }
}
