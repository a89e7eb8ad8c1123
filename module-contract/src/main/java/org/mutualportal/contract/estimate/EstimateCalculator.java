package org.mutualportal.contract.estimate;

import static org.mutualportal.api.text.FrenchFormats.money;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.mutualportal.api.text.FrenchFormats;
import org.mutualportal.contract.estimate.Coverage.Band;
import org.mutualportal.contract.estimate.Coverage.Item;
import org.mutualportal.contract.estimate.Coverage.QuoteLine;
import org.mutualportal.contract.estimate.Coverage.Rule;
import org.mutualportal.contract.estimate.Coverage.Used;

/**
 * What a quote would cost: the Sécurité sociale's share (its rate on the item's base, rounded half-up to the cent),
 * the mutual's share under the rules of the member's offer (with their caps, what the beneficiary already used and
 * the renewal period), what remains, and the same need met in the 100 % Santé basket. Plain code on plain values:
 * the figures all come from the catalogue, the offer and the usages the caller hands over.
 *
 * <p>Lines are computed in the quote's order; an amount shared by a whole equipment or a period is spent by the
 * first lines first, as the management system pays them.
 */
public final class EstimateCalculator {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private EstimateCalculator() {
    }

    /**
     * The estimate of a quote for a beneficiary born on {@code birthDate}, on {@code on}.
     *
     * @param items the catalogue, by code; every line's item must be there
     * @param rules the rules of the member's offer
     * @param used what the beneficiary already had paid in the quote's category
     */
    public static Estimate estimate(CareKind kind, List<QuoteLine> quote, Map<String, Item> items, List<Rule> rules,
            List<Used> used, LocalDate birthDate, LocalDate on) {
        Estimate own = compute(kind, quote, items, rules, used, birthDate, on);
        int age = age(birthDate, on);
        List<QuoteLine> basket = new ArrayList<>();
        List<String> withoutEquivalent = new ArrayList<>();
        for (QuoteLine line : quote) {
            Item item = item(items, line.itemCode());
            Item equivalent = item.fullCoverageBasket() ? item : item.alternative() == null ? null : items.get(item.alternative());
            Optional<Band> band = equivalent == null ? Optional.empty() : equivalent.band(age);
            if (band.isEmpty() || band.get().priceLimit() == null) {
                withoutEquivalent.add(item.label());
            } else {
                basket.add(new QuoteLine(line.slot(), equivalent.code(), band.get().priceLimit(), line.tooth()));
            }
        }
        Estimate alternative = basket.isEmpty() ? null : compute(kind, basket, items, rules, used, birthDate, on);
        return new Estimate(kind, own.lines(), own.basket(), alternative, List.copyOf(withoutEquivalent));
    }

    /** Age in whole years on a date (the catalogue's bands and the renewal rules count it so). */
    public static int age(LocalDate birthDate, LocalDate on) {
        return Period.between(birthDate, on).getYears();
    }

    private static Estimate compute(CareKind kind, List<QuoteLine> quote, Map<String, Item> items, List<Rule> rules,
            List<Used> used, LocalDate birthDate, LocalDate on) {
        int age = age(birthDate, on);
        List<Rule> ordered = rules.stream().sorted(Comparator.comparingInt(Rule::position)).toList();
        Map<String, BigDecimal> allowances = new HashMap<>();
        Map<String, BigDecimal> ceilings = new HashMap<>();
        List<EstimateLine> lines = new ArrayList<>();
        for (QuoteLine line : quote) {
            lines.add(line(line, item(items, line.itemCode()), age, ordered, used, on, allowances, ceilings));
        }
        long inBasket = lines.stream().filter(EstimateLine::inBasket).count();
        BasketStatus basket = inBasket == lines.size() ? BasketStatus.FULL : inBasket == 0 ? BasketStatus.NONE : BasketStatus.PARTIAL;
        return new Estimate(kind, List.copyOf(lines), basket, null, List.of());
    }

    private static EstimateLine line(QuoteLine quoted, Item item, int age, List<Rule> rules, List<Used> used, LocalDate on,
            Map<String, BigDecimal> allowances, Map<String, BigDecimal> ceilings) {
        BigDecimal price = quoted.price();
        Optional<Band> band = item.band(age);
        BigDecimal base = band.map(Band::ssBase).orElse(BigDecimal.ZERO);
        BigDecimal limit = band.map(Band::priceLimit).orElse(null);
        List<Sentence> why = new ArrayList<>();
        why.add(Sentence.shared("why.expense", money(price)));

        Optional<LocalDate> last = lastRenewable(item, band, used, on);
        if (last.isPresent()) {
            int months = band.get().renewalMonths();
            why.add(Sentence.of("estimate.why.renewal", FrenchFormats.date(last.get()),
                    FrenchFormats.date(last.get().plusMonths(months)), Integer.toString(months)));
            why.add(Sentence.of("estimate.why.remaining.renewal", money(price)));
            return new EstimateLine(quoted.slot(), item, price, quoted.tooth(), base, item.ssRate(), zero(), zero(), null,
                    false, limit, List.copyOf(why));
        }

        BigDecimal ss = cents(base.multiply(item.ssRate()).divide(HUNDRED)).min(price);
        why.add(base.signum() == 0 ? Sentence.shared("why.ss.none")
                : Sentence.shared("why.ss", percent(item.ssRate()), money(base), money(ss)));

        Rule rule = rules.stream().filter(r -> r.items().contains(item.code())).findFirst().orElse(null);
        BigDecimal mutual = zero();
        if (rule == null) {
            why.add(Sentence.of("estimate.why.none"));
        } else {
            mutual = guarantee(rule, item, price, base, ss, limit, used, on, allowances, ceilings, why);
        }
        BigDecimal remaining = price.subtract(ss).subtract(mutual);
        why.add(remaining.signum() <= 0 ? Sentence.shared("why.remaining.none") : Sentence.shared("why.remaining.beyond", money(remaining)));
        boolean inBasket = item.fullCoverageBasket() && rule != null && rule.basis() == CoverageBasis.FULL_COVERAGE_BASKET
                && (limit == null || price.compareTo(limit) <= 0);
        return new EstimateLine(quoted.slot(), item, price, quoted.tooth(), base, item.ssRate(), ss, mutual,
                rule == null ? null : rule.label(), inBasket, limit, List.copyOf(why));
    }

    /** The mutual's share of a line under its rule, with the sentences that say why. */
    private static BigDecimal guarantee(Rule rule, Item item, BigDecimal price, BigDecimal base, BigDecimal ss,
            BigDecimal limit, List<Used> used, LocalDate on, Map<String, BigDecimal> allowances,
            Map<String, BigDecimal> ceilings, List<Sentence> why) {
        BigDecimal open = price.subtract(ss).max(BigDecimal.ZERO);
        List<Sentence> after = new ArrayList<>();
        BigDecimal mutual;
        BigDecimal available = null;
        BigDecimal percentCeiling = null;
        switch (rule.basis()) {
            case FULL_COVERAGE_BASKET -> {
                BigDecimal covered = limit == null ? price : price.min(limit);
                mutual = covered.subtract(ss).max(BigDecimal.ZERO);
                if (limit != null && price.compareTo(limit) > 0) {
                    after.add(Sentence.of("estimate.why.overLimit", money(limit)));
                }
            }
            case PERCENT_OF_BASE -> {
                percentCeiling = cents(base.multiply(rule.amount()).divide(HUNDRED));
                mutual = price.min(percentCeiling).subtract(ss).max(BigDecimal.ZERO);
            }
            case ACTUAL_COST -> mutual = open;
            case AMOUNT -> {
                available = switch (rule.scope()) {
                    case LINE -> rule.amount();
                    case EQUIPMENT -> allowances.computeIfAbsent(rule.code(), code -> rule.amount());
                    case PERIOD -> allowances.computeIfAbsent(rule.code(), code -> {
                        LocalDate since = on.minusMonths(rule.periodMonths());
                        BigDecimal spent = used.stream()
                                .filter(u -> rule.code().equals(u.ruleCode()) && u.date().isAfter(since) && !u.date().isAfter(on))
                                .map(Used::mutualAmount).reduce(BigDecimal.ZERO, BigDecimal::add);
                        if (spent.signum() > 0) {
                            after.add(Sentence.of("estimate.why.used", money(spent), FrenchFormats.date(since),
                                    money(rule.amount().subtract(spent).max(BigDecimal.ZERO))));
                        }
                        return rule.amount().subtract(spent).max(BigDecimal.ZERO);
                    });
                };
                if (rule.scope() == RuleScope.EQUIPMENT && available.compareTo(rule.amount()) < 0) {
                    after.add(Sentence.of("estimate.why.shared", money(available)));
                }
                mutual = open.min(available);
                if (item.slot() == ItemSlot.FRAME && rule.frameCap() != null && mutual.compareTo(rule.frameCap()) > 0) {
                    mutual = rule.frameCap();
                    after.add(Sentence.of("estimate.why.frameCap", money(rule.frameCap())));
                }
            }
            default -> throw new IllegalStateException("Unknown basis " + rule.basis());
        }
        if (rule.ceiling() != null) {
            BigDecimal ceiling = rule.scope() == RuleScope.EQUIPMENT
                    ? ceilings.computeIfAbsent(rule.code(), code -> rule.ceiling()) : rule.ceiling();
            BigDecimal room = ceiling.subtract(ss).max(BigDecimal.ZERO);
            if (mutual.compareTo(room) > 0) {
                mutual = room;
                after.add(Sentence.of("estimate.why.ceiling", money(rule.ceiling())));
            }
            if (rule.scope() == RuleScope.EQUIPMENT) {
                ceilings.put(rule.code(), ceiling.subtract(ss).subtract(mutual).max(BigDecimal.ZERO));
            }
        }
        if (available != null && rule.scope() != RuleScope.LINE) {
            allowances.put(rule.code(), available.subtract(mutual));
        }
        why.add(switch (rule.basis()) {
            case FULL_COVERAGE_BASKET -> Sentence.shared("why.guarantee.basket", rule.label(), money(mutual));
            case PERCENT_OF_BASE -> Sentence.shared("why.guarantee.percent", rule.label(), percent(rule.amount()),
                    money(percentCeiling), money(mutual));
            case ACTUAL_COST -> Sentence.shared("why.guarantee.actual", rule.label(), money(mutual));
            case AMOUNT -> Sentence.shared("why.guarantee.amount", rule.label(), money(rule.amount()), money(mutual));
        });
        why.addAll(after);
        return mutual;
    }

    /** The date of the last item of the category still within its renewal period, if any. */
    private static Optional<LocalDate> lastRenewable(Item item, Optional<Band> band, List<Used> used, LocalDate on) {
        if (band.isEmpty() || band.get().renewalMonths() == null) {
            return Optional.empty();
        }
        int months = band.get().renewalMonths();
        return used.stream()
                .filter(u -> u.category() == item.category() && !u.date().isAfter(on))
                .map(Used::date)
                .max(Comparator.naturalOrder())
                .filter(last -> last.plusMonths(months).isAfter(on));
    }

    private static Item item(Map<String, Item> items, String code) {
        Item item = items.get(code);
        if (item == null) {
            throw new IllegalArgumentException("Not in the catalogue: " + code);
        }
        return item;
    }

    private static BigDecimal cents(BigDecimal amount) {
        return amount.setScale(2, RoundingMode.HALF_UP);
    }

    private static BigDecimal zero() {
        return BigDecimal.ZERO.setScale(2);
    }

    /** "60", "62,5": as the payment detail writes a rate. */
    static String percent(BigDecimal rate) {
        return rate.stripTrailingZeros().toPlainString().replace('.', ',');
    }
}
