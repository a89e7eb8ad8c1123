package org.mutualportal.contract.estimate;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.mutualportal.contract.offer.GuaranteeCategory;

/**
 * A care item of the national catalogue a quote names (a class B frame, a ceramo-metallic crown on a visible tooth,
 * a class I hearing aid), with its Sécurité sociale figures by age band. Sent by the management system.
 */
@Entity
@Table(name = "contract_care_item")
public class CareItem {

    public static final int CODE_LENGTH = 40;
    public static final int LABEL_LENGTH = 160;

    @Id
    @Column(length = CODE_LENGTH)
    private String code;

    @Column(nullable = false, length = LABEL_LENGTH)
    private String label;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private GuaranteeCategory category;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private ItemSlot slot;

    @Column(nullable = false)
    private int position;

    @Column(name = "full_coverage_basket", nullable = false)
    private boolean fullCoverageBasket;

    @Column(name = "ss_rate", nullable = false, precision = 5, scale = 2)
    private BigDecimal ssRate;

    @Column(length = CODE_LENGTH)
    private String alternative;

    @ElementCollection
    @CollectionTable(name = "contract_care_item_band", joinColumns = @JoinColumn(name = "item_code"))
    private List<AgeBand> bands = new ArrayList<>();

    /** The figures of an age band, a row of {@code contract_care_item_band}. */
    @Embeddable
    public static class AgeBand {

        @Column(name = "min_age", nullable = false)
        private int minAge;

        @Column(name = "max_age", nullable = false)
        private int maxAge;

        @Column(name = "ss_base", nullable = false, precision = 10, scale = 2)
        private BigDecimal ssBase;

        @Column(name = "price_limit", precision = 10, scale = 2)
        private BigDecimal priceLimit;

        @Column(name = "renewal_months")
        private Integer renewalMonths;

        protected AgeBand() {
        }

        AgeBand(Coverage.Band band) {
            this.minAge = band.minAge();
            this.maxAge = band.maxAge();
            this.ssBase = band.ssBase();
            this.priceLimit = band.priceLimit();
            this.renewalMonths = band.renewalMonths();
        }

        Coverage.Band toCoverage() {
            return new Coverage.Band(minAge, maxAge, ssBase, priceLimit, renewalMonths);
        }
    }

    protected CareItem() {
    }

    public CareItem(Coverage.Item item, int position) {
        this.code = item.code();
        this.position = position;
        replace(item);
    }

    /** Takes every figure of the item as sent. */
    public final void replace(Coverage.Item item) {
        this.label = item.label();
        this.category = item.category();
        this.slot = item.slot();
        this.fullCoverageBasket = item.fullCoverageBasket();
        this.ssRate = item.ssRate();
        this.alternative = item.alternative();
        this.bands.clear();
        item.bands().forEach(b -> bands.add(new AgeBand(b)));
    }

    public void setPosition(int position) {
        this.position = position;
    }

    public String getCode() {
        return code;
    }

    public String getLabel() {
        return label;
    }

    public int getPosition() {
        return position;
    }

    public ItemSlot getSlot() {
        return slot;
    }

    public Coverage.Item toCoverage() {
        return new Coverage.Item(code, label, category, slot, fullCoverageBasket, ssRate, alternative,
                bands.stream().map(AgeBand::toCoverage).sorted(Comparator.comparingInt(Coverage.Band::minAge)).toList());
    }
}
