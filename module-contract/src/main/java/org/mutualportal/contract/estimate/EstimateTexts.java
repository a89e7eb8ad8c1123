package org.mutualportal.contract.estimate;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.mutualportal.api.text.FrenchFormats;
import org.mutualportal.api.text.Texts;
import org.mutualportal.contract.ContractModule;

/** The sentences the page and the PDF share about an estimate, so that both say the same. */
public final class EstimateTexts {

    private EstimateTexts() {
    }

    /** "Verre droit — Verre simple à tarif libre (dent 11)". */
    public static String lineLabel(EstimateLine line) {
        String label = text("estimate.slot." + line.slot()) + " — " + line.item().label();
        return line.tooth() == null ? label : label + " (" + text("estimate.toothLabel", line.tooth()) + ")";
    }

    /** "60 %": the Sécurité sociale's rate of a line. */
    public static String rate(EstimateLine line) {
        return EstimateCalculator.percent(line.ssRate()) + " %";
    }

    /** "Selon votre offre … au …": what the estimate was computed with. */
    public static String offer(Estimates.Computed computed) {
        return text("estimate.result.offer", computed.offerLabel(), FrenchFormats.date(computed.on()));
    }

    /** The same need in the 100 % Santé basket, titled, in a few lines (the PDF's paragraph). */
    public static String alternative(Estimate estimate) {
        return text("estimate.alternative") + "\n" + String.join("\n", alternativeLines(estimate));
    }

    /** The same need in the 100 % Santé basket: each item at its price limit, what would remain, what has no equivalent. */
    public static List<String> alternativeLines(Estimate estimate) {
        List<String> lines = new ArrayList<>();
        Estimate basket = estimate.alternative();
        if (basket == null) {
            lines.add(text("estimate.alternative.none"));
            return lines;
        }
        lines.add(text("estimate.alternative.intro"));
        for (EstimateLine line : basket.lines()) {
            lines.add("• " + text("estimate.alternative.line", lineLabel(line), FrenchFormats.money(line.price())));
        }
        lines.add(text("estimate.alternative.remaining", FrenchFormats.money(basket.remaining()),
                FrenchFormats.money(estimate.remaining())));
        if (!estimate.withoutEquivalent().isEmpty()) {
            lines.add(text("estimate.alternative.without",
                    estimate.withoutEquivalent().stream().distinct().collect(Collectors.joining(", "))));
        }
        return lines;
    }

    static String text(String key, Object... arguments) {
        return Texts.of(ContractModule.BUNDLE, EstimateTexts.class.getClassLoader(), key, arguments);
    }
}
