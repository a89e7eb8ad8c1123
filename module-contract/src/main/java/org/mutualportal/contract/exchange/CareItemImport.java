package org.mutualportal.contract.exchange;

import static org.mutualportal.api.exchange.ExternalIds.READ_ONLY;
import static org.mutualportal.contract.exchange.ContractImports.text;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.mutualportal.api.exchange.ImportOutcome;
import org.mutualportal.api.exchange.JsonRecord;
import org.mutualportal.api.text.Texts;
import org.mutualportal.contract.estimate.CareItem;
import org.mutualportal.contract.estimate.Coverage;
import org.mutualportal.contract.estimate.ItemSlot;
import org.mutualportal.contract.offer.GuaranteeCategory;
import org.mutualportal.spi.RecordImport;

/**
 * The national catalogue of care items that take a quote ({@code POST /api/v1/contract/care-items}), keyed by code:
 * an item is replaced with its age bands, and left untouched when nothing differs (one query for the batch).
 */
@ApplicationScoped
public class CareItemImport implements RecordImport<CareItemRecord> {

    @PersistenceContext(unitName = "contract")
    EntityManager em;

    @Override
    public String resource() {
        return "contract/care-items";
    }

    @Override
    public String keyField() {
        return "code";
    }

    @Override
    public String key(CareItemRecord record) {
        return record.code();
    }

    @Override
    public CareItemRecord read(JsonRecord r) {
        String code = r.requiredText("code", CareItem.CODE_LENGTH);
        String label = r.requiredText("label", CareItem.LABEL_LENGTH);
        GuaranteeCategory category = ContractImports.quotedCategory(r);
        ItemSlot slot = r.requiredChoice("slot", ItemSlot.class);
        Integer position = r.requiredInteger("position", 0, 10_000);
        boolean basket = r.bool("fullCoverageBasket", false);
        BigDecimal rate = r.requiredDecimal("ssRate", 5, 2);
        if (rate != null && (rate.signum() < 0 || rate.compareTo(BigDecimal.valueOf(100)) > 0)) {
            r.reject("ssRate", text("care.rate"));
        }
        String alternative = r.text("alternative", CareItem.CODE_LENGTH);
        if (alternative != null && alternative.equals(code)) {
            r.reject("alternative", text("care.alternative.self"));
        }
        List<CareItemRecord.Band> bands = new ArrayList<>();
        Set<Integer> starts = new HashSet<>();
        for (JsonRecord b : r.list("bands", true)) {
            Integer min = b.requiredInteger("minAge", 0, 150);
            Integer max = b.requiredInteger("maxAge", 0, 150);
            if (min != null && max != null && max < min) {
                b.reject("maxAge", text("care.band.ages"));
            }
            if (min != null && !starts.add(min)) {
                b.reject("minAge", text("care.band.age.taken", min));
            }
            BigDecimal base = b.requiredAmount("ssBase", 10);
            BigDecimal limit = b.decimal("priceLimit", 10, 2);
            if (limit != null && limit.signum() < 0) {
                b.reject("priceLimit", Texts.shared("exchange.negative"));
            }
            bands.add(new CareItemRecord.Band(min == null ? 0 : min, max == null ? 0 : max, base, limit,
                    b.integer("renewalMonths", 1, 240)));
        }
        if (!r.isValid()) {
            return null;
        }
        bands.sort(Comparator.comparingInt(CareItemRecord.Band::minAge));
        return new CareItemRecord(code, label, category, slot, position, basket, rate, alternative, List.copyOf(bands));
    }

    @Override
    public void write(List<Item<CareItemRecord>> items, ImportOutcome outcome) {
        Map<String, CareItem> stored = new HashMap<>();
        if (!items.isEmpty()) {
            em.createQuery("select distinct i from CareItem i left join fetch i.bands where i.code in :codes", CareItem.class)
                    .setParameter("codes", items.stream().map(i -> i.value().code()).toList())
                    .setHint(READ_ONLY, true)
                    .getResultList().forEach(i -> stored.put(i.getCode(), i));
        }
        for (Item<CareItemRecord> item : items) {
            CareItemRecord r = item.value();
            Coverage.Item wanted = coverage(r);
            CareItem current = stored.get(r.code());
            if (current == null) {
                em.persist(new CareItem(wanted, r.position()));
                outcome.created(item.index());
            } else if (current.getPosition() == r.position() && same(current.toCoverage(), wanted)) {
                outcome.unchanged(item.index());
            } else {
                CareItem managed = em.find(CareItem.class, r.code());
                managed.replace(wanted);
                managed.setPosition(r.position());
                outcome.updated(item.index());
            }
        }
        em.flush();
    }

    private static Coverage.Item coverage(CareItemRecord r) {
        return new Coverage.Item(r.code(), r.label(), r.category(), r.slot(), r.fullCoverageBasket(), r.ssRate(),
                r.alternative(), r.bands().stream().map(b -> new Coverage.Band(b.minAge(), b.maxAge(), b.ssBase(),
                        b.priceLimit(), b.renewalMonths())).toList());
    }

    /** Equal field by field, amounts by value. */
    static boolean same(Coverage.Item a, Coverage.Item b) {
        if (!a.label().equals(b.label()) || a.category() != b.category() || a.slot() != b.slot()
                || a.fullCoverageBasket() != b.fullCoverageBasket() || !ContractImports.equal(a.ssRate(), b.ssRate())
                || !Objects.equals(a.alternative(), b.alternative()) || a.bands().size() != b.bands().size()) {
            return false;
        }
        for (int i = 0; i < a.bands().size(); i++) {
            Coverage.Band x = a.bands().get(i);
            Coverage.Band y = b.bands().get(i);
            if (x.minAge() != y.minAge() || x.maxAge() != y.maxAge() || !ContractImports.equal(x.ssBase(), y.ssBase())
                    || !ContractImports.equal(x.priceLimit(), y.priceLimit())
                    || !Objects.equals(x.renewalMonths(), y.renewalMonths())) {
                return false;
            }
        }
        return true;
    }
}
