package org.mutualportal.reimbursements.payment;

import java.math.BigDecimal;
import java.util.List;
import java.util.function.Function;

/** A payment with its lines, and the totals of the detail table. */
public record PaymentDetail(Payment payment, List<PaymentLine> lines) {

    public BigDecimal totalExpense() {
        return sum(PaymentLine::getExpense);
    }

    public BigDecimal totalSs() {
        return sum(PaymentLine::getSsAmount);
    }

    public BigDecimal totalMutual() {
        return sum(PaymentLine::getMutualAmount);
    }

    public BigDecimal total() {
        return sum(PaymentLine::getTotal);
    }

    public BigDecimal totalRemaining() {
        return sum(PaymentLine::getRemaining);
    }

    private BigDecimal sum(Function<PaymentLine, BigDecimal> part) {
        return lines.stream().map(part).reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
