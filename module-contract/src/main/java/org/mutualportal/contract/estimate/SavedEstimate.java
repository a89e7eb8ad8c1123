package org.mutualportal.contract.estimate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/**
 * An estimate a member made: the quote as typed (JSON), so that its PDF can be printed from a plain link and the
 * request it may become refers to it. The figures are computed again from it, with the rules of the day.
 */
@Entity
@Table(name = "contract_estimate")
public class SavedEstimate {

    public static final int QUOTE_LENGTH = 2000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "membership_id", nullable = false)
    private long membershipId;

    @Column(name = "beneficiary_id", nullable = false)
    private long beneficiaryId;

    @Enumerated(EnumType.STRING)
    @Column(name = "care_kind", nullable = false, length = 16)
    private CareKind careKind;

    @Column(nullable = false, length = QUOTE_LENGTH)
    private String quote;

    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt;

    @Column(name = "request_id")
    private Long requestId;

    protected SavedEstimate() {
    }

    public SavedEstimate(long membershipId, long beneficiaryId, CareKind careKind, String quote, OffsetDateTime createdAt) {
        this.membershipId = membershipId;
        this.beneficiaryId = beneficiaryId;
        this.careKind = careKind;
        this.quote = quote;
        this.createdAt = createdAt;
    }

    public Long getId() {
        return id;
    }

    public long getMembershipId() {
        return membershipId;
    }

    public long getBeneficiaryId() {
        return beneficiaryId;
    }

    public CareKind getCareKind() {
        return careKind;
    }

    public String getQuote() {
        return quote;
    }

    public OffsetDateTime getCreatedAt() {
        return createdAt;
    }

    public Long getRequestId() {
        return requestId;
    }

    public void setRequestId(Long requestId) {
        this.requestId = requestId;
    }
}
