package org.mutualportal.documents.attestation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * An attestation de droits as issued: its code, whose it is, the day it certifies and the signed data.
 * Kept so that the member can download it again and the mutual can check a code it is shown; never
 * changed after it is written.
 */
@Entity
@Table(name = "doc_attestation")
public class IssuedAttestation {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 16, updatable = false)
    private String code;

    @Column(name = "member_id", nullable = false, updatable = false)
    private Long memberId;

    @Column(name = "membership_id", nullable = false, updatable = false)
    private Long membershipId;

    @Column(name = "certified_date", nullable = false, updatable = false)
    private LocalDate certifiedDate;

    @Column(name = "issued_at", nullable = false, updatable = false)
    private OffsetDateTime issuedAt;

    @Column(nullable = false, updatable = false)
    private String payload;

    protected IssuedAttestation() {
    }

    IssuedAttestation(String code, long memberId, long membershipId, LocalDate certifiedDate, OffsetDateTime issuedAt,
            String payload) {
        this.code = code;
        this.memberId = memberId;
        this.membershipId = membershipId;
        this.certifiedDate = certifiedDate;
        this.issuedAt = issuedAt;
        this.payload = payload;
    }

    public Long getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    /** The code as printed, {@code XXXX-XXXX-XXXX-XXXX}. */
    public String getFormattedCode() {
        return VerificationCodes.format(code);
    }

    public Long getMemberId() {
        return memberId;
    }

    public Long getMembershipId() {
        return membershipId;
    }

    public LocalDate getCertifiedDate() {
        return certifiedDate;
    }

    public OffsetDateTime getIssuedAt() {
        return issuedAt;
    }

    public String getPayload() {
        return payload;
    }

    public AttestationData data() {
        return AttestationData.fromJson(payload);
    }
}
