package org.mutualportal.contract.offer;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.util.Set;
import java.util.TreeSet;
import org.mutualportal.contract.estimate.Coverage;
import org.mutualportal.contract.estimate.CoverageBasis;
import org.mutualportal.contract.estimate.RuleScope;

/**
 * A rule of an offer saying how the mutual pays some care items of the national catalogue — the side of the table
 * of guarantees an estimate computes with ("Prothèses à tarifs libres: 300 % BR"). Sent with the offer and replaced
 * with it.
 */
@Entity
@Table(name = "contract_guarantee_rule")
public class GuaranteeRule {

    public static final int CODE_LENGTH = 40;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "offer_code", nullable = false, length = 30)
    private String offerCode;

    @Column(nullable = false, length = CODE_LENGTH)
    private String code;

    @Column(nullable = false)
    private int position;

    @Column(nullable = false, length = 200)
    private String label;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 24)
    private CoverageBasis basis;

    @Column(precision = 10, scale = 2)
    private BigDecimal amount;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private RuleScope scope;

    @Column(name = "period_months")
    private Integer periodMonths;

    @Column(precision = 10, scale = 2)
    private BigDecimal ceiling;

    @Column(name = "frame_cap", precision = 10, scale = 2)
    private BigDecimal frameCap;

    @ElementCollection
    @CollectionTable(name = "contract_guarantee_rule_item", joinColumns = @JoinColumn(name = "rule_id"))
    @Column(name = "item_code", length = 40)
    private Set<String> items = new TreeSet<>();

    protected GuaranteeRule() {
    }

    public GuaranteeRule(String offerCode, Coverage.Rule rule) {
        this.offerCode = offerCode;
        this.code = rule.code();
        this.position = rule.position();
        this.label = rule.label();
        this.basis = rule.basis();
        this.amount = rule.amount();
        this.scope = rule.scope();
        this.periodMonths = rule.periodMonths();
        this.ceiling = rule.ceiling();
        this.frameCap = rule.frameCap();
        this.items = new TreeSet<>(rule.items());
    }

    public String getOfferCode() {
        return offerCode;
    }

    public Coverage.Rule toCoverage() {
        return new Coverage.Rule(code, label, position, basis, amount, scope, periodMonths, ceiling, frameCap,
                Set.copyOf(items));
    }
}
