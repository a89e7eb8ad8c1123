package org.mutualportal.contract.offer;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import org.mutualportal.api.member.ContractKind;
import org.mutualportal.contract.estimate.Coverage;
import org.mutualportal.contract.estimate.CoverageBasis;
import org.mutualportal.contract.estimate.RuleScope;

/**
 * Loads offers with their guarantee tables, examples and prices from the JSON the mutual keeps them in
 * (see {@code org/mutualportal/contract/demo/catalogue.json} for the shape). An offer is replaced as a whole,
 * keyed by its code, so sending the same catalogue twice changes nothing.
 */
@ApplicationScoped
public class CatalogueImport {

    @PersistenceContext(unitName = "contract")
    EntityManager em;

    /** Upserts every offer of {@code {"offers": [...]}}, in the caller's transaction or a new one. */
    @Transactional
    public int apply(JsonObject catalogue) {
        int count = 0;
        for (JsonValue value : catalogue.getJsonArray("offers")) {
            replace(value.asJsonObject());
            count++;
        }
        return count;
    }

    private void replace(JsonObject o) {
        String code = o.getString("code");
        // A rule's items go with it (on delete cascade in the table).
        for (String entity : new String[] {"Guarantee", "ReimbursementExample", "OfferPrice", "GuaranteeRule"}) {
            em.createQuery("delete from " + entity + " x where x.offerCode = :code").setParameter("code", code).executeUpdate();
        }
        Offer existing = em.find(Offer.class, code);
        if (existing != null) {
            em.remove(existing);
            em.flush();
        }
        em.persist(new Offer(code, o.getString("label"), ContractKind.valueOf(o.getString("kind")),
                o.getString("tagline", null), o.getInt("rank"), o.getBoolean("openToChange", true),
                o.getBoolean("responsible", true)));
        em.flush();
        for (JsonValue v : o.getJsonArray("guarantees")) {
            JsonObject g = v.asJsonObject();
            em.persist(new Guarantee(code, GuaranteeCategory.valueOf(g.getString("category")), g.getInt("position"),
                    g.getString("label"), g.getString("coverage"), g.getBoolean("fullCoverageBasket", false)));
        }
        for (JsonValue v : o.getJsonArray("examples")) {
            JsonObject e = v.asJsonObject();
            em.persist(new ReimbursementExample(code, e.getInt("position"), e.getString("label"), amount(e.get("expense")),
                    amount(e.get("ssAmount")), amount(e.get("mutualAmount"))));
        }
        for (JsonValue v : o.containsKey("rules") ? o.getJsonArray("rules") : JsonValue.EMPTY_JSON_ARRAY) {
            JsonObject r = v.asJsonObject();
            em.persist(new GuaranteeRule(code, new Coverage.Rule(r.getString("code"), r.getString("label"), r.getInt("position"),
                    CoverageBasis.valueOf(r.getString("basis")), optionalAmount(r, "amount"),
                    RuleScope.valueOf(r.getString("scope", RuleScope.LINE.name())),
                    r.containsKey("periodMonths") ? r.getInt("periodMonths") : null, optionalAmount(r, "ceiling"),
                    optionalAmount(r, "frameCap"), r.getJsonArray("items").getValuesAs(JsonString.class).stream()
                            .map(JsonString::getString).collect(java.util.stream.Collectors.toSet()))));
        }
        for (JsonValue v : o.getJsonArray("prices")) {
            JsonObject p = v.asJsonObject();
            em.persist(new OfferPrice(code, p.getInt("minAge"), p.getInt("maxAge"), amount(p.get("monthlyAmount"))));
        }
    }

    private static BigDecimal optionalAmount(JsonObject o, String field) {
        return o.containsKey(field) && !o.isNull(field) ? amount(o.get(field)) : null;
    }

    /** Amounts as strings ("12.50") or numbers, never through a double. */
    private static BigDecimal amount(JsonValue value) {
        return value instanceof JsonNumber number ? number.bigDecimalValue() : new BigDecimal(((JsonString) value).getString());
    }
}
