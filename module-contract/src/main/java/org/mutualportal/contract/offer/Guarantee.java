package org.mutualportal.contract.offer;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * One line of an offer's table of guarantees, as printed: what is covered and how much, Sécurité sociale
 * included ("200 % BR", "Frais réels"). 100 % Santé lines are flagged: they have no remaining cost by law.
 */
@Entity
@Table(name = "contract_guarantee")
public class Guarantee {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "offer_code", nullable = false, length = 30)
    private String offerCode;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private GuaranteeCategory category;

    @Column(nullable = false)
    private int position;

    @Column(nullable = false, length = 200)
    private String label;

    @Column(nullable = false, length = 200)
    private String coverage;

    @Column(name = "full_coverage_basket", nullable = false)
    private boolean fullCoverageBasket;

    protected Guarantee() {
    }

    public Guarantee(String offerCode, GuaranteeCategory category, int position, String label, String coverage,
            boolean fullCoverageBasket) {
        this.offerCode = offerCode;
        this.category = category;
        this.position = position;
        this.label = label;
        this.coverage = coverage;
        this.fullCoverageBasket = fullCoverageBasket;
    }

    public String getOfferCode() {
        return offerCode;
    }

    public GuaranteeCategory getCategory() {
        return category;
    }

    public int getPosition() {
        return position;
    }

    public String getLabel() {
        return label;
    }

    public String getCoverage() {
        return coverage;
    }

    public boolean isFullCoverageBasket() {
        return fullCoverageBasket;
    }
}
