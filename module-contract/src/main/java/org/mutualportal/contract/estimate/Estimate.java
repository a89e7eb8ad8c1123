package org.mutualportal.contract.estimate;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;

/**
 * What a quote would cost the member: each line, the totals, where it stands with the 100 % Santé basket and,
 * beside it, the same need met in the basket.
 *
 * @param alternative the 100 % Santé equivalent of the lines that have one, at their price limits; null when no
 *        line has one (or for an alternative itself)
 * @param withoutEquivalent labels of the items that have no 100 % Santé equivalent (an implant)
 */
public record Estimate(CareKind kind, List<EstimateLine> lines, BasketStatus basket, Estimate alternative,
        List<String> withoutEquivalent) implements Serializable {

    public BigDecimal price() {
        return lines.stream().map(EstimateLine::price).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    public BigDecimal ssAmount() {
        return lines.stream().map(EstimateLine::ssAmount).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    public BigDecimal mutualAmount() {
        return lines.stream().map(EstimateLine::mutualAmount).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    public BigDecimal remaining() {
        return lines.stream().map(EstimateLine::remaining).reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
