package org.mutualportal.claims.claim;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/**
 * A file of a claim: the request's attachment (the core keeps the bytes), what it is for the claim, and the
 * SHA-256 of its content — the same bill sent twice for the same beneficiary is found by it.
 */
@Entity
@Table(name = "claim_file")
public class ClaimFile implements java.io.Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @Column(name = "attachment_id")
    private Long attachmentId;

    @Column(name = "request_id", nullable = false)
    private Long requestId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private FileRole role;

    @Column(name = "beneficiary_id", nullable = false)
    private Long beneficiaryId;

    /** Lower-case hexadecimal. */
    @Column(nullable = false, length = 64)
    private String sha256;

    @Column(name = "added_at", nullable = false)
    private OffsetDateTime addedAt;

    protected ClaimFile() {
    }

    public ClaimFile(long attachmentId, long requestId, FileRole role, long beneficiaryId, String sha256,
            OffsetDateTime addedAt) {
        this.attachmentId = attachmentId;
        this.requestId = requestId;
        this.role = role;
        this.beneficiaryId = beneficiaryId;
        this.sha256 = sha256;
        this.addedAt = addedAt;
    }

    public Long getAttachmentId() {
        return attachmentId;
    }

    public Long getRequestId() {
        return requestId;
    }

    public FileRole getRole() {
        return role;
    }

    public Long getBeneficiaryId() {
        return beneficiaryId;
    }

    public String getSha256() {
        return sha256;
    }

    public OffsetDateTime getAddedAt() {
        return addedAt;
    }
}
