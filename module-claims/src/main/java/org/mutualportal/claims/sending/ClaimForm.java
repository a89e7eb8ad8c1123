package org.mutualportal.claims.sending;

import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.mutualportal.claims.claim.Claim;

/**
 * What the member says about the bill. Each field's constraint gives its French message next to it; the rules that
 * need the mutual's settings or the member's earlier claims are the service's ({@link ClaimSending}).
 */
public class ClaimForm implements Serializable {

    private static final long serialVersionUID = 1L;

    @NotNull(message = "{org.mutualportal.claims.beneficiary.required}")
    private Long beneficiaryId;

    @NotBlank(message = "{org.mutualportal.claims.careKind.required}")
    @Size(max = Claim.CARE_KIND_LENGTH)
    private String careKind;

    @NotNull(message = "{org.mutualportal.claims.careDate.required}")
    private LocalDate careDate;

    @NotNull(message = "{org.mutualportal.claims.amount.required}")
    @Positive(message = "{org.mutualportal.claims.amount.positive}")
    @Digits(integer = Claim.AMOUNT_DIGITS, fraction = 2, message = "{org.mutualportal.claims.amount.digits}")
    private BigDecimal amount;

    /** The Sécurité sociale paid part of the bill: its statement (décompte) is then joined. */
    private boolean ssReimbursed;

    /** The member knows a proof was already sent for this beneficiary and sends it again on purpose. */
    private boolean duplicateConfirmed;

    public Long getBeneficiaryId() {
        return beneficiaryId;
    }

    public void setBeneficiaryId(Long beneficiaryId) {
        this.beneficiaryId = beneficiaryId;
    }

    public String getCareKind() {
        return careKind;
    }

    public void setCareKind(String careKind) {
        this.careKind = careKind;
    }

    public LocalDate getCareDate() {
        return careDate;
    }

    public void setCareDate(LocalDate careDate) {
        this.careDate = careDate;
    }

    public BigDecimal getAmount() {
        return amount;
    }

    public void setAmount(BigDecimal amount) {
        this.amount = amount;
    }

    public boolean isSsReimbursed() {
        return ssReimbursed;
    }

    public void setSsReimbursed(boolean ssReimbursed) {
        this.ssReimbursed = ssReimbursed;
    }

    public boolean isDuplicateConfirmed() {
        return duplicateConfirmed;
    }

    public void setDuplicateConfirmed(boolean duplicateConfirmed) {
        this.duplicateConfirmed = duplicateConfirmed;
    }
}
