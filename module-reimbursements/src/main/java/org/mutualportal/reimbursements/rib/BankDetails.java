package org.mutualportal.reimbursements.rib;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import org.mutualportal.api.validation.BankAccountCheck;

/**
 * The bank account reimbursements are paid to, per membership, as the management system holds it — and the
 * change a member asked for, until the mutual's services have checked and applied it.
 */
@Entity
@Table(name = "reimb_bank_details")
public class BankDetails {

    /** The longest account holder's name, in the table and in the change form. */
    public static final int HOLDER_LENGTH = 120;

    @Id
    @Column(name = "membership_id")
    private Long membershipId;

    @Column(name = "holder_name", nullable = false, length = HOLDER_LENGTH)
    private String holderName;

    @Column(nullable = false, length = 34)
    private String iban;

    @Column(length = 11)
    private String bic;

    @Column(name = "updated_at", nullable = false)
    private OffsetDateTime updatedAt;

    @Column(name = "pending_holder_name", length = HOLDER_LENGTH)
    private String pendingHolderName;

    @Column(name = "pending_iban", length = 34)
    private String pendingIban;

    @Column(name = "pending_bic", length = 11)
    private String pendingBic;

    @Column(name = "pending_requested_at")
    private OffsetDateTime pendingRequestedAt;

    @Column(name = "pending_request_id")
    private Long pendingRequestId;

    @Version
    private long version;

    protected BankDetails() {
    }

    public BankDetails(long membershipId, String holderName, String iban, String bic, OffsetDateTime updatedAt) {
        this.membershipId = membershipId;
        this.holderName = holderName;
        this.iban = iban;
        this.bic = bic;
        this.updatedAt = updatedAt;
    }

    void requestChange(String holder, String newIban, String newBic, OffsetDateTime at, long requestId) {
        pendingHolderName = holder;
        pendingIban = newIban;
        pendingBic = newBic;
        pendingRequestedAt = at;
        pendingRequestId = requestId;
    }

    public Long getMembershipId() {
        return membershipId;
    }

    public String getHolderName() {
        return holderName;
    }

    public String getIban() {
        return iban;
    }

    public String getBic() {
        return bic;
    }

    public OffsetDateTime getUpdatedAt() {
        return updatedAt;
    }

    public boolean isChangePending() {
        return pendingIban != null;
    }

    public String getPendingIban() {
        return pendingIban;
    }

    public OffsetDateTime getPendingRequestedAt() {
        return pendingRequestedAt;
    }

    public static String mask(String iban) {
        return BankAccountCheck.mask(iban);
    }
}
