package org.mutualportal.contract.estimate;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;

/**
 * One line of an estimate, as the payment detail shows a paid line: the expense, the Sécurité sociale's base, rate
 * and share, the mutual's share under the member's guarantee, what remains, and why in plain French.
 *
 * @param rule the label of the guarantee that pays it, or null when none does
 * @param inBasket a 100 % Santé item at or below its price limit, covered in its period
 * @param priceLimit the item's price limit, or null
 */
public record EstimateLine(QuoteSlot slot, Coverage.Item item, BigDecimal price, String tooth, BigDecimal ssBase,
        BigDecimal ssRate, BigDecimal ssAmount, BigDecimal mutualAmount, String rule, boolean inBasket,
        BigDecimal priceLimit, List<Sentence> why) implements Serializable {

    public BigDecimal remaining() {
        return price.subtract(ssAmount).subtract(mutualAmount);
    }
}
