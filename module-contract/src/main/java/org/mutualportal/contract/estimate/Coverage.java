package org.mutualportal.contract.estimate;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.mutualportal.contract.offer.GuaranteeCategory;

/**
 * What an estimate is computed from, as plain values: the national catalogue's items, the member's offer's rules,
 * what the beneficiary already used. The service reads them from the imported tables; tests write them by hand.
 */
public final class Coverage {

    private Coverage() {
    }

    /**
     * A care item of the national lists.
     *
     * @param ssRate Sécurité sociale rate in percent (60 for optique, dental prostheses, hearing aids)
     * @param alternative code of the 100 % Santé item answering the same need, or null
     */
    public record Item(String code, String label, GuaranteeCategory category, ItemSlot slot, boolean fullCoverageBasket,
            BigDecimal ssRate, String alternative, List<Band> bands) implements Serializable {

        /** The band of an age, if the catalogue has one. */
        public Optional<Band> band(int age) {
            return bands.stream().filter(b -> age >= b.minAge() && age <= b.maxAge()).findFirst();
        }
    }

    /**
     * An item's figures for an age band.
     *
     * @param ssBase the base de remboursement of one item
     * @param priceLimit 100 % Santé price limit (PLV, HLF) or "tarif maîtrisé" limit; null when prices are free
     * @param renewalMonths one item of the category is covered once in this many months; null when unlimited
     */
    public record Band(int minAge, int maxAge, BigDecimal ssBase, BigDecimal priceLimit, Integer renewalMonths) implements Serializable {
    }

    /**
     * A guarantee rule of an offer: which items it pays, how, and within which caps. The first rule (by position)
     * listing an item is the one that pays it, so that a narrower rule ("verres simples") comes before a wider one.
     *
     * @param amount the percentage of the base, or euros, per {@code scope}; null for the two other bases
     * @param periodMonths the rolling period of a {@link RuleScope#PERIOD} rule
     * @param ceiling most the Sécurité sociale and the mutual pay together, per line or equipment; may be null
     * @param frameCap most the mutual pays for a frame within an equipment; may be null
     */
    public record Rule(String code, String label, int position, CoverageBasis basis, BigDecimal amount, RuleScope scope,
            Integer periodMonths, BigDecimal ceiling, BigDecimal frameCap, Set<String> items) implements Serializable {
    }

    /**
     * Something the beneficiary already had paid in a category.
     *
     * @param ruleCode the rule it was paid under, when it counts against a cap; may be null
     */
    public record Used(GuaranteeCategory category, String ruleCode, LocalDate date, BigDecimal mutualAmount) implements Serializable {
    }

    /** A line of the quote as the member typed it. */
    public record QuoteLine(QuoteSlot slot, String itemCode, BigDecimal price, String tooth) implements Serializable {
    }
}
