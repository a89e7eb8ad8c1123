package org.mutualportal.contract.exchange;

import static org.mutualportal.api.exchange.ExternalIds.READ_ONLY;
import static org.mutualportal.contract.exchange.ContractImports.text;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.mutualportal.contract.exchange.OfferRecord.Example;
import org.mutualportal.contract.exchange.OfferRecord.GuaranteeLine;
import org.mutualportal.contract.exchange.OfferRecord.Price;
import org.mutualportal.contract.exchange.OfferRecord.Rule;
import org.mutualportal.contract.estimate.CoverageBasis;
import org.mutualportal.contract.estimate.RuleScope;
import org.mutualportal.contract.offer.GuaranteeRule;
import org.mutualportal.contract.offer.CatalogueImport;
import org.mutualportal.contract.offer.Guarantee;
import org.mutualportal.contract.offer.GuaranteeCategory;
import org.mutualportal.contract.offer.Offer;
import org.mutualportal.contract.offer.OfferPrice;
import org.mutualportal.contract.offer.ReimbursementExample;
import org.mutualportal.api.exchange.ImportOutcome;
import org.mutualportal.api.exchange.JsonRecord;
import org.mutualportal.spi.RecordImport;
import org.mutualportal.api.member.ContractKind;
import org.mutualportal.api.text.Texts;

/**
 * Offers with their guarantee tables ({@code POST /api/v1/contract/offers}), keyed by code. The catalogue's own
 * loader, {@link CatalogueImport}, replaces a changed offer as a whole; this import first compares each offer
 * with what the portal holds (one query per table for the batch) and hands it only the new and changed ones,
 * so that a replay rewrites nothing and reports the offers {@code unchanged}.
 */
@ApplicationScoped
public class OfferImport implements RecordImport<OfferRecord> {

    private static final Comparator<GuaranteeLine> GUARANTEE_ORDER = Comparator
            .comparing(GuaranteeLine::category).thenComparingInt(GuaranteeLine::position);

    @PersistenceContext(unitName = "contract")
    EntityManager em;

    @Inject
    CatalogueImport catalogue;

    @Override
    public String resource() {
        return "contract/offers";
    }

    @Override
    public String keyField() {
        return "code";
    }

    @Override
    public String key(OfferRecord record) {
        return record.code();
    }

    @Override
    public OfferRecord read(JsonRecord r) {
        String code = r.requiredText("code", 30);
        String label = r.requiredText("label", 80);
        ContractKind kind = r.requiredChoice("kind", ContractKind.class);
        String tagline = r.text("tagline", 200);
        Integer rank = r.requiredInteger("rank", 0, 1000);
        boolean open = r.bool("openToChange", true);
        boolean responsible = r.bool("responsible", true);
        List<GuaranteeLine> guarantees = new ArrayList<>();
        Set<String> places = new HashSet<>();
        for (JsonRecord g : r.list("guarantees", true)) {
            GuaranteeCategory category = g.requiredChoice("category", GuaranteeCategory.class);
            Integer position = g.requiredInteger("position", 0, 10_000);
            if (category != null && position != null && !places.add(category + "/" + position)) {
                g.reject("position", text("offer.position.taken", position));
            }
            guarantees.add(new GuaranteeLine(category, position == null ? 0 : position, g.requiredText("label", 200),
                    g.requiredText("coverage", 200), g.bool("fullCoverageBasket", false)));
        }
        List<Example> examples = new ArrayList<>();
        Set<Integer> examplePositions = new HashSet<>();
        for (JsonRecord e : r.list("examples", false)) {
            Integer position = e.requiredInteger("position", 0, 10_000);
            if (position != null && !examplePositions.add(position)) {
                e.reject("position", text("offer.example.position.taken", position));
            }
            Example example = new Example(position == null ? 0 : position, e.requiredText("label", 200),
                    e.requiredAmount("expense", 10), e.requiredAmount("ssAmount", 10), e.requiredAmount("mutualAmount", 10));
            if (example.expense() != null && example.ssAmount() != null && example.mutualAmount() != null
                    && example.ssAmount().add(example.mutualAmount()).compareTo(example.expense()) > 0) {
                e.reject("mutualAmount", text("offer.example.over-paid"));
            }
            examples.add(example);
        }
        List<Price> prices = new ArrayList<>();
        Set<Integer> bands = new HashSet<>();
        for (JsonRecord p : r.list("prices", false)) {
            Integer min = p.requiredInteger("minAge", 0, 150);
            Integer max = p.requiredInteger("maxAge", 0, 150);
            if (min != null && max != null && max < min) {
                p.reject("maxAge", text("offer.price.ages"));
            }
            if (min != null && !bands.add(min)) {
                p.reject("minAge", text("offer.price.age.taken", min));
            }
            prices.add(new Price(min == null ? 0 : min, max == null ? 0 : max, p.requiredAmount("monthlyAmount", 8)));
        }
        List<Rule> rules = rules(r);
        if (!r.isValid()) {
            return null;
        }
        guarantees.sort(GUARANTEE_ORDER);
        examples.sort(Comparator.comparingInt(Example::position));
        prices.sort(Comparator.comparingInt(Price::minAge));
        return new OfferRecord(code, label, kind, tagline, rank, open, responsible, List.copyOf(guarantees),
                List.copyOf(examples), List.copyOf(prices), rules);
    }

    /** The rules of an offer, sorted by position, their item codes sorted (so that a replay compares equal). */
    private static List<Rule> rules(JsonRecord r) {
        List<Rule> rules = new ArrayList<>();
        Set<String> codes = new HashSet<>();
        Set<Integer> positions = new HashSet<>();
        for (JsonRecord g : r.list("rules", false)) {
            String code = g.requiredText("code", GuaranteeRule.CODE_LENGTH);
            if (code != null && !codes.add(code)) {
                g.reject("code", text("offer.rule.code.taken", code));
            }
            Integer position = g.requiredInteger("position", 0, 10_000);
            if (position != null && !positions.add(position)) {
                g.reject("position", text("offer.example.position.taken", position));
            }
            String label = g.requiredText("label", 200);
            CoverageBasis basis = g.requiredChoice("basis", CoverageBasis.class);
            BigDecimal amount = g.decimal("amount", 10, 2);
            if (amount != null && amount.signum() < 0) {
                g.reject("amount", Texts.shared("exchange.negative"));
            }
            if (amount == null && (basis == CoverageBasis.AMOUNT || basis == CoverageBasis.PERCENT_OF_BASE) && !g.has("amount")) {
                g.reject("amount", text("offer.rule.amount.required"));
            }
            RuleScope scope = g.has("scope") ? g.choice("scope", RuleScope.class) : RuleScope.LINE;
            Integer period = g.integer("periodMonths", 1, 120);
            if (scope == RuleScope.PERIOD && period == null && !g.has("periodMonths")) {
                g.reject("periodMonths", text("offer.rule.period.required"));
            }
            BigDecimal ceiling = g.decimal("ceiling", 10, 2);
            BigDecimal frameCap = g.decimal("frameCap", 10, 2);
            List<String> items = new ArrayList<>();
            JsonValue listed = g.json().get("items");
            if (listed == null || listed.getValueType() != JsonValue.ValueType.ARRAY || listed.asJsonArray().isEmpty()) {
                g.reject("items", text("offer.rule.items"));
            } else {
                for (JsonValue item : listed.asJsonArray()) {
                    if (item instanceof JsonString s && !s.getString().isBlank() && s.getString().strip().length() <= 40) {
                        items.add(s.getString().strip());
                    } else {
                        g.reject("items", text("offer.rule.items"));
                        break;
                    }
                }
            }
            rules.add(new Rule(code, position == null ? 0 : position, label, basis, amount, scope,
                    scope == RuleScope.PERIOD ? period : null, ceiling, frameCap, items.stream().distinct().sorted().toList()));
        }
        rules.sort(Comparator.comparingInt(Rule::position));
        return List.copyOf(rules);
    }

    @Override
    public void write(List<Item<OfferRecord>> items, ImportOutcome outcome) {
        Map<String, OfferRecord> stored = stored(items.stream().map(i -> i.value().code()).toList());
        JsonArrayBuilder changed = Json.createArrayBuilder();
        int count = 0;
        for (Item<OfferRecord> item : items) {
            OfferRecord current = stored.get(item.value().code());
            if (current == null) {
                outcome.created(item.index());
            } else if (same(current, item.value())) {
                outcome.unchanged(item.index());
                continue;
            } else {
                outcome.updated(item.index());
            }
            changed.add(json(item.value()));
            count++;
        }
        if (count > 0) {
            catalogue.apply(Json.createObjectBuilder().add("offers", changed).build());
        }
    }

    /** The offers the portal holds, in the shape of a record (tables sorted as {@link #read} sorts them). */
    private Map<String, OfferRecord> stored(List<String> codes) {
        Map<String, OfferRecord> offers = new HashMap<>();
        if (codes.isEmpty()) {
            return offers;
        }
        Map<String, List<GuaranteeLine>> guarantees = new HashMap<>();
        for (Guarantee g : read("select g from Guarantee g where g.offerCode in :codes", Guarantee.class, codes)) {
            guarantees.computeIfAbsent(g.getOfferCode(), k -> new ArrayList<>()).add(new GuaranteeLine(g.getCategory(),
                    g.getPosition(), g.getLabel(), g.getCoverage(), g.isFullCoverageBasket()));
        }
        Map<String, List<Example>> examples = new HashMap<>();
        for (ReimbursementExample e : read("select e from ReimbursementExample e where e.offerCode in :codes",
                ReimbursementExample.class, codes)) {
            examples.computeIfAbsent(e.getOfferCode(), k -> new ArrayList<>()).add(new Example(e.getPosition(),
                    e.getLabel(), e.getExpense(), e.getSsAmount(), e.getMutualAmount()));
        }
        Map<String, List<Price>> prices = new HashMap<>();
        for (OfferPrice p : read("select p from OfferPrice p where p.offerCode in :codes", OfferPrice.class, codes)) {
            prices.computeIfAbsent(p.getOfferCode(), k -> new ArrayList<>()).add(new Price(p.getMinAge(), p.getMaxAge(),
                    p.getMonthlyAmount()));
        }
        Map<String, List<Rule>> rules = new HashMap<>();
        for (GuaranteeRule g : read("select distinct g from GuaranteeRule g left join fetch g.items where g.offerCode in :codes",
                GuaranteeRule.class, codes)) {
            var rule = g.toCoverage();
            rules.computeIfAbsent(g.getOfferCode(), k -> new ArrayList<>()).add(new Rule(rule.code(), rule.position(),
                    rule.label(), rule.basis(), rule.amount(), rule.scope(), rule.periodMonths(), rule.ceiling(),
                    rule.frameCap(), rule.items().stream().sorted().toList()));
        }
        for (Offer o : read("select o from Offer o where o.code in :codes", Offer.class, codes)) {
            List<GuaranteeLine> g = new ArrayList<>(guarantees.getOrDefault(o.getCode(), List.of()));
            g.sort(GUARANTEE_ORDER);
            List<Example> e = new ArrayList<>(examples.getOrDefault(o.getCode(), List.of()));
            e.sort(Comparator.comparingInt(Example::position));
            List<Price> p = new ArrayList<>(prices.getOrDefault(o.getCode(), List.of()));
            p.sort(Comparator.comparingInt(Price::minAge));
            List<Rule> r = new ArrayList<>(rules.getOrDefault(o.getCode(), List.of()));
            r.sort(Comparator.comparingInt(Rule::position));
            offers.put(o.getCode(), new OfferRecord(o.getCode(), o.getLabel(), o.getKind(), o.getTagline(), o.getRank(),
                    o.isOpenToChange(), o.isResponsible(), g, e, p, r));
        }
        return offers;
    }

    private <T> List<T> read(String jpql, Class<T> type, List<String> codes) {
        return em.createQuery(jpql, type).setParameter("codes", codes).setHint(READ_ONLY, true).getResultList();
    }

    /** Equal field by field, amounts by value (a stored 24.9 is the 24.90 sent). */
    static boolean same(OfferRecord a, OfferRecord b) {
        if (!a.code().equals(b.code()) || !a.label().equals(b.label()) || a.kind() != b.kind()
                || !java.util.Objects.equals(a.tagline(), b.tagline()) || a.rank() != b.rank()
                || a.openToChange() != b.openToChange() || a.responsible() != b.responsible()
                || !a.guarantees().equals(b.guarantees()) || a.examples().size() != b.examples().size()
                || a.prices().size() != b.prices().size() || a.rules().size() != b.rules().size()) {
            return false;
        }
        for (int i = 0; i < a.rules().size(); i++) {
            Rule x = a.rules().get(i);
            Rule y = b.rules().get(i);
            if (!x.code().equals(y.code()) || x.position() != y.position() || !x.label().equals(y.label())
                    || x.basis() != y.basis() || !ContractImports.equal(x.amount(), y.amount()) || x.scope() != y.scope()
                    || !java.util.Objects.equals(x.periodMonths(), y.periodMonths())
                    || !ContractImports.equal(x.ceiling(), y.ceiling()) || !ContractImports.equal(x.frameCap(), y.frameCap())
                    || !x.items().equals(y.items())) {
                return false;
            }
        }
        for (int i = 0; i < a.examples().size(); i++) {
            Example x = a.examples().get(i);
            Example y = b.examples().get(i);
            if (x.position() != y.position() || !x.label().equals(y.label())
                    || !ContractImports.equal(x.expense(), y.expense()) || !ContractImports.equal(x.ssAmount(), y.ssAmount())
                    || !ContractImports.equal(x.mutualAmount(), y.mutualAmount())) {
                return false;
            }
        }
        for (int i = 0; i < a.prices().size(); i++) {
            Price x = a.prices().get(i);
            Price y = b.prices().get(i);
            if (x.minAge() != y.minAge() || x.maxAge() != y.maxAge()
                    || !ContractImports.equal(x.monthlyAmount(), y.monthlyAmount())) {
                return false;
            }
        }
        return true;
    }

    /** The record in the catalogue's JSON shape, as {@link CatalogueImport} reads it. */
    static JsonObject json(OfferRecord o) {
        JsonObjectBuilder offer = Json.createObjectBuilder().add("code", o.code()).add("label", o.label())
                .add("kind", o.kind().name()).add("rank", o.rank()).add("openToChange", o.openToChange())
                .add("responsible", o.responsible());
        if (o.tagline() != null) {
            offer.add("tagline", o.tagline());
        }
        JsonArrayBuilder guarantees = Json.createArrayBuilder();
        o.guarantees().forEach(g -> guarantees.add(Json.createObjectBuilder().add("category", g.category().name())
                .add("position", g.position()).add("label", g.label()).add("coverage", g.coverage())
                .add("fullCoverageBasket", g.fullCoverageBasket())));
        JsonArrayBuilder examples = Json.createArrayBuilder();
        o.examples().forEach(e -> examples.add(Json.createObjectBuilder().add("position", e.position())
                .add("label", e.label()).add("expense", e.expense()).add("ssAmount", e.ssAmount())
                .add("mutualAmount", e.mutualAmount())));
        JsonArrayBuilder prices = Json.createArrayBuilder();
        o.prices().forEach(p -> prices.add(Json.createObjectBuilder().add("minAge", p.minAge())
                .add("maxAge", p.maxAge()).add("monthlyAmount", p.monthlyAmount())));
        JsonArrayBuilder rules = Json.createArrayBuilder();
        for (Rule r : o.rules()) {
            JsonObjectBuilder rule = Json.createObjectBuilder().add("code", r.code()).add("position", r.position())
                    .add("label", r.label()).add("basis", r.basis().name()).add("scope", r.scope().name())
                    .add("items", Json.createArrayBuilder(r.items()));
            if (r.amount() != null) {
                rule.add("amount", r.amount());
            }
            if (r.periodMonths() != null) {
                rule.add("periodMonths", r.periodMonths());
            }
            if (r.ceiling() != null) {
                rule.add("ceiling", r.ceiling());
            }
            if (r.frameCap() != null) {
                rule.add("frameCap", r.frameCap());
            }
            rules.add(rule);
        }
        return offer.add("guarantees", guarantees).add("examples", examples).add("prices", prices).add("rules", rules)
                .build();
    }
}
