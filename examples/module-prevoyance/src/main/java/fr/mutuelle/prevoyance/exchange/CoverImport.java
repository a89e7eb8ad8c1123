package fr.mutuelle.prevoyance.exchange;

import fr.mutuelle.prevoyance.cover.Cover;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.mutualportal.api.exchange.ImportOutcome;
import org.mutualportal.api.exchange.JsonRecord;
import org.mutualportal.api.member.MemberDirectory;
import org.mutualportal.api.member.Membership;
import org.mutualportal.api.text.Texts;
import org.mutualportal.spi.RecordImport;

/**
 * {@code POST /api/v1/prevoyance/covers}: upserts covers by external id. The memberships are the core's, found
 * through the member directory for the whole batch in one go; the covers are the module's, read in one query.
 */
@ApplicationScoped
public class CoverImport implements RecordImport<CoverRecord> {

    @PersistenceContext(unitName = "prevoyance")
    EntityManager em;

    @Inject
    MemberDirectory directory;

    @Override
    public String resource() {
        return "prevoyance/covers";
    }

    @Override
    public String key(CoverRecord record) {
        return record.externalId();
    }

    @Override
    public CoverRecord read(JsonRecord r) {
        CoverRecord record = new CoverRecord(r.requiredText("externalId", 64), r.requiredText("membership", 64),
                r.requiredChoice("kind", Cover.Kind.class), r.requiredText("label", Cover.LABEL_LENGTH),
                r.requiredAmount("amount", 12), r.requiredDate("startDate"), r.date("endDate"));
        r.notBefore("endDate", record.endDate(), record.startDate());
        return r.isValid() ? record : null;
    }

    @Override
    public void write(List<Item<CoverRecord>> items, ImportOutcome outcome) {
        Map<String, Membership> memberships = directory.membershipsByExternalId(
                items.stream().map(i -> i.value().membership()).toList());
        // Managed (not read-only) so that a changed cover is written back; a batch fits one statement's parameters.
        Map<String, Cover> existing = em.createQuery("select c from Cover c where c.externalId in :ids", Cover.class)
                .setParameter("ids", items.stream().map(i -> i.value().externalId()).toList())
                .getResultStream().collect(Collectors.toMap(Cover::getExternalId, Function.identity()));
        for (Item<CoverRecord> item : items) {
            CoverRecord r = item.value();
            Membership membership = memberships.get(r.membership());
            if (membership == null) {
                outcome.reject(item.index(), "membership", Texts.shared("exchange.unknown.membership", r.membership()));
                continue;
            }
            Cover cover = existing.get(r.externalId());
            boolean isNew = cover == null;
            if (isNew) {
                cover = new Cover(r.externalId());
            }
            boolean changed = cover.update(membership.getId(), r.kind(), r.label(), r.amount(), r.startDate(), r.endDate());
            if (isNew) {
                em.persist(cover);
                outcome.created(item.index());
            } else if (changed) {
                outcome.updated(item.index());
            } else {
                outcome.unchanged(item.index());
            }
        }
        em.flush();
    }
}
