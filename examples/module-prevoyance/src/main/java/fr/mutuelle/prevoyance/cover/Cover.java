package fr.mutuelle.prevoyance.cover;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One prévoyance cover of a membership (a death capital, a daily allowance, a disability annuity), as the
 * management system sends it. The membership is the core's: the module keeps its id, never a relationship.
 */
@Entity
@Table(name = "prevoyance_cover")
public class Cover {

    public static final int LABEL_LENGTH = 120;

    /** What a cover pays. */
    public enum Kind {
        DEATH_CAPITAL, DAILY_ALLOWANCE, DISABILITY_ANNUITY
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "external_id", nullable = false, unique = true, length = 64)
    private String externalId;

    @Column(name = "membership_id", nullable = false)
    private Long membershipId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 24)
    private Kind kind;

    @Column(nullable = false, length = LABEL_LENGTH)
    private String label;

    /** The capital, or the amount per day (allowance) or per year (annuity), in euros. */
    @Column(nullable = false, precision = 12, scale = 2)
    private BigDecimal amount;

    @Column(name = "start_date", nullable = false)
    private LocalDate startDate;

    @Column(name = "end_date")
    private LocalDate endDate;

    protected Cover() {
    }

    /** A cover the management system sent for the first time: {@link #update} gives it its values. */
    public Cover(String externalId) {
        this.externalId = externalId;
    }

    /** Takes the management system's values; returns whether anything changed (always, for a new cover). */
    public boolean update(Long newMembershipId, Kind newKind, String newLabel, BigDecimal newAmount, LocalDate newStart,
            LocalDate newEnd) {
        boolean same = Objects.equals(membershipId, newMembershipId) && kind == newKind && Objects.equals(label, newLabel)
                && amount != null && amount.compareTo(newAmount) == 0 && Objects.equals(startDate, newStart)
                && Objects.equals(endDate, newEnd);
        membershipId = newMembershipId;
        kind = newKind;
        label = newLabel;
        amount = newAmount;
        startDate = newStart;
        endDate = newEnd;
        return !same;
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

    public Kind getKind() {
        return kind;
    }

    public String getLabel() {
        return label;
    }

    public BigDecimal getAmount() {
        return amount;
    }

    public LocalDate getStartDate() {
        return startDate;
    }

    public LocalDate getEndDate() {
        return endDate;
    }
}
