package org.mutualportal.reimbursements.detail;

import static org.mutualportal.api.text.FrenchFormats.money;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import org.mutualportal.api.text.Texts;
import org.mutualportal.reimbursements.payment.GuaranteeBasis;
import org.mutualportal.reimbursements.payment.PaymentLine;

/**
 * "Pourquoi ce montant ?": a line's computation in plain French — what was spent, what the Sécurité sociale
 * paid at its rate on its base, what the guarantee of the offer allowed and why, hence the reste à charge
 * and where it comes from (the legal deductible, a fee above the guarantee).
 *
 * <p>It reads the line's own figures; it never recomputes the mutual's payment, so what it says always adds
 * up to what was paid. The sentences are the API's shared {@code why.*}, which an estimate says too, word for word.
 */
public final class LineExplanation {
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private LineExplanation() {
    }

    public static List<String> explain(PaymentLine line) {
        List<String> sentences = new ArrayList<>();
        sentences.add(Texts.shared("why.expense", money(line.getExpense())));
        BigDecimal ssBeforeDeductible = line.getSsAmount().add(line.getSsDeductible());
        if (line.getBaseAmount().signum() == 0) {
            sentences.add(Texts.shared("why.ss.none"));
        } else if (line.getSsDeductible().signum() > 0) {
            sentences.add(Texts.shared("why.ss.deductible", percent(line.getSsRate()), money(line.getBaseAmount()),
                    money(ssBeforeDeductible), money(line.getSsDeductible()), money(line.getSsAmount())));
        } else {
            sentences.add(Texts.shared("why.ss", percent(line.getSsRate()), money(line.getBaseAmount()), money(line.getSsAmount())));
        }
        sentences.add(guarantee(line));

        BigDecimal remaining = line.getRemaining();
        if (remaining.signum() <= 0) {
            sentences.add(Texts.shared("why.remaining.none"));
            return sentences;
        }
        BigDecimal deductible = line.getSsDeductible().min(remaining);
        BigDecimal beyond = remaining.subtract(deductible);
        if (deductible.signum() > 0 && beyond.signum() > 0) {
            sentences.add(Texts.shared("why.remaining.both", money(remaining), money(deductible), money(beyond)));
        } else if (deductible.signum() > 0) {
            sentences.add(Texts.shared("why.remaining.deductible", money(remaining)));
        } else {
            sentences.add(Texts.shared("why.remaining.beyond", money(remaining)));
        }
        return sentences;
    }

    private static String guarantee(PaymentLine line) {
        GuaranteeBasis basis = line.getGuaranteeBasis();
        String label = line.getGuaranteeLabel();
        String mutual = money(line.getMutualAmount());
        return switch (basis) {
            case PERCENT_OF_BASE -> {
                BigDecimal ceiling = line.getBaseAmount().multiply(line.getGuaranteeValue())
                        .divide(HUNDRED, 2, RoundingMode.HALF_UP);
                yield Texts.shared("why.guarantee.percent", label, percent(line.getGuaranteeValue()), money(ceiling), mutual);
            }
            case AMOUNT -> Texts.shared("why.guarantee.amount", label, money(line.getGuaranteeValue()), mutual);
            case ACTUAL_COST -> Texts.shared("why.guarantee.actual", label, mutual);
            case FULL_COVERAGE_BASKET -> Texts.shared("why.guarantee.basket", label, mutual);
        };
    }

    private static String percent(BigDecimal rate) {
        return rate.stripTrailingZeros().toPlainString().replace('.', ',');
    }
}
