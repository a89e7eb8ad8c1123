package org.mutualportal.contract.offer;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;

/** The monthly price of an offer for one beneficiary of an age band (age reached during the year). */
@Entity
@Table(name = "contract_price")
public class OfferPrice {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "offer_code", nullable = false, length = 30)
    private String offerCode;

    @Column(name = "min_age", nullable = false)
    private int minAge;

    @Column(name = "max_age", nullable = false)
    private int maxAge;

    @Column(name = "monthly_amount", nullable = false, precision = 8, scale = 2)
    private BigDecimal monthlyAmount;

    protected OfferPrice() {
    }

    public OfferPrice(String offerCode, int minAge, int maxAge, BigDecimal monthlyAmount) {
        this.offerCode = offerCode;
        this.minAge = minAge;
        this.maxAge = maxAge;
        this.monthlyAmount = monthlyAmount;
    }

    public String getOfferCode() {
        return offerCode;
    }

    public int getMinAge() {
        return minAge;
    }

    public int getMaxAge() {
        return maxAge;
    }

    public BigDecimal getMonthlyAmount() {
        return monthlyAmount;
    }

    public boolean covers(int age) {
        return age >= minAge && age <= maxAge;
    }
}
