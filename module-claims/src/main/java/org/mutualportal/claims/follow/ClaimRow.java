package org.mutualportal.claims.follow;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;

/** A claim as "Mes factures envoyées" lists it (getters for EL). */
public final class ClaimRow {

    private final long number;
    private final OffsetDateTime sentAt;
    private final String beneficiaryName;
    private final String careKind;
    private final LocalDate careDate;
    private final BigDecimal amount;
    private final String status;
    private final String stage;

    ClaimRow(long number, OffsetDateTime sentAt, String beneficiaryName, String careKind, LocalDate careDate,
            BigDecimal amount, String status, String stage) {
        this.number = number;
        this.sentAt = sentAt;
        this.beneficiaryName = beneficiaryName;
        this.careKind = careKind;
        this.careDate = careDate;
        this.amount = amount;
        this.status = status;
        this.stage = stage;
    }

    public long getNumber() {
        return number;
    }

    public OffsetDateTime getSentAt() {
        return sentAt;
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

    public String getStatus() {
        return status;
    }

    /** The stage's label, or {@code null}. */
    public String getStage() {
        return stage;
    }
}
