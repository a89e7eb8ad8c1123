package org.mutualportal.contract.offer;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.mutualportal.api.member.ContractKind;

/**
 * An offer of the mutual's catalogue ("Labellisée Confort"…). Its code is the one the kernel's membership
 * carries, so the current offer of a member is found without a copy.
 */
@Entity
@Table(name = "contract_offer")
public class Offer {

    @Id
    @Column(length = 30)
    private String code;

    @Column(nullable = false, length = 80)
    private String label;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private ContractKind kind;

    @Column(length = 200)
    private String tagline;

    @Column(name = "rank", nullable = false)
    private int rank;

    @Column(name = "open_to_change", nullable = false)
    private boolean openToChange;

    @Column(nullable = false)
    private boolean responsible;

    protected Offer() {
    }

    public Offer(String code, String label, ContractKind kind, String tagline, int rank, boolean openToChange,
            boolean responsible) {
        this.code = code;
        this.label = label;
        this.kind = kind;
        this.tagline = tagline;
        this.rank = rank;
        this.openToChange = openToChange;
        this.responsible = responsible;
    }

    public String getCode() {
        return code;
    }

    public String getLabel() {
        return label;
    }

    public ContractKind getKind() {
        return kind;
    }

    public String getTagline() {
        return tagline;
    }

    public int getRank() {
        return rank;
    }

    public boolean isOpenToChange() {
        return openToChange;
    }

    public boolean isResponsible() {
        return responsible;
    }
}
