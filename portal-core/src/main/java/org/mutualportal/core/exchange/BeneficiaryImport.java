package org.mutualportal.core.exchange;

import org.mutualportal.core.web.CoreTexts;
import org.mutualportal.spi.RecordImport;
import org.mutualportal.api.exchange.JsonRecord;
import org.mutualportal.api.exchange.ImportOutcome;
import org.mutualportal.api.exchange.ExternalIds;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.mutualportal.core.member.BeneficiaryEntity;
import org.mutualportal.api.member.Relationship;
import org.mutualportal.api.validation.SocialSecurityNumber;

/**
 * Beneficiaries ({@code POST /api/v1/beneficiaries}), each referring to its membership by external id. NIRs
 * are checked for shape and key only: the management system may hold a pseudo birth month the check against
 * the birth date would refuse.
 */
@ApplicationScoped
public class BeneficiaryImport implements RecordImport<BeneficiaryRecord> {

    @PersistenceContext(unitName = "core")
    EntityManager em;

    @Override
    public String resource() {
        return "beneficiaries";
    }

    @Override
    public BeneficiaryRecord read(JsonRecord r) {
        String externalId = r.requiredText("externalId", 64);
        String membership = r.requiredText("membership", 64);
        String lastName = r.requiredText("lastName", 80);
        String firstName = r.requiredText("firstName", 80);
        var birthDate = r.requiredDate("birthDate");
        Relationship relationship = r.requiredChoice("relationship", Relationship.class);
        String nir = nir(r, "nir");
        String attachedTo = nir(r, "attachedToNir");
        var start = r.requiredDate("startDate");
        var end = r.date("endDate");
        r.notBefore("endDate", end, start);
        if (!r.isValid()) {
            return null;
        }
        return new BeneficiaryRecord(externalId, membership, lastName, firstName, birthDate, relationship, nir, attachedTo,
                start, end);
    }

    private static String nir(JsonRecord r, String field) {
        String typed = r.text(field, 30);
        if (typed == null) {
            return null;
        }
        String nir = SocialSecurityNumber.normalize(typed);
        var problem = SocialSecurityNumber.problem(nir, null);
        if (problem.isPresent()) {
            r.reject(field, CoreTexts.core(problem.get()));
            return null;
        }
        return nir;
    }

    @Override
    public String key(BeneficiaryRecord record) {
        return record.externalId();
    }

    @Override
    public void write(List<Item<BeneficiaryRecord>> items, ImportOutcome outcome) {
        List<BeneficiaryRecord> records = items.stream().map(Item::value).toList();
        Map<String, Long> memberships = ExternalIds.ids(em, "membership",
                records.stream().map(BeneficiaryRecord::membership).toList());
        Map<String, BeneficiaryEntity> existing = ExternalIds.entities(em, BeneficiaryEntity.class,
                records.stream().map(BeneficiaryRecord::externalId).toList()).stream()
                .collect(Collectors.toMap(BeneficiaryEntity::getExternalId, Function.identity()));
        for (Item<BeneficiaryRecord> item : items) {
            BeneficiaryRecord r = item.value();
            Long membershipId = memberships.get(r.membership());
            BeneficiaryEntity beneficiary = existing.get(r.externalId());
            if (membershipId == null) {
                outcome.reject(item.index(), "membership", CoreTexts.core("exchange.unknown.membership", r.membership()));
            } else if (beneficiary == null) {
                beneficiary = new BeneficiaryEntity(r.externalId(), membershipId, r.lastName(), r.firstName(), r.birthDate(),
                        r.relationship(), r.nir(), r.startDate());
                apply(beneficiary, r);
                em.persist(beneficiary);
                outcome.created(item.index());
            } else if (!beneficiary.getMembershipId().equals(membershipId)) {
                outcome.reject(item.index(), "membership", CoreTexts.core("exchange.beneficiary.membership-fixed"));
            } else if (same(beneficiary, r)) {
                outcome.unchanged(item.index());
            } else {
                update(beneficiary.getId(), r);
                outcome.updated(item.index());
            }
        }
        em.flush();
    }

    /** One statement per changed beneficiary; the version moves as an edit through the entity would move it. */
    private void update(long id, BeneficiaryRecord r) {
        em.createNativeQuery("""
                update beneficiary set last_name = ?1, first_name = ?2, birth_date = ?3, relationship = ?4, nir = ?5,
                    attached_to_nir = ?6, start_date = ?7, end_date = cast(?8 as date), version = version + 1
                where id = ?9""")
                .setParameter(1, r.lastName())
                .setParameter(2, r.firstName())
                .setParameter(3, r.birthDate())
                .setParameter(4, r.relationship().name())
                .setParameter(5, r.nir())
                .setParameter(6, r.attachedToNir())
                .setParameter(7, r.startDate())
                .setParameter(8, r.endDate())
                .setParameter(9, id)
                .executeUpdate();
    }

    private static void apply(BeneficiaryEntity b, BeneficiaryRecord r) {
        b.update(r.lastName(), r.firstName(), r.birthDate(), r.relationship(), r.nir(), r.startDate(), r.endDate());
        b.setAttachedToNir(r.attachedToNir());
    }

    private static boolean same(BeneficiaryEntity b, BeneficiaryRecord r) {
        return b.getLastName().equals(r.lastName()) && b.getFirstName().equals(r.firstName())
                && b.getBirthDate().equals(r.birthDate()) && b.getRelationship() == r.relationship()
                && Objects.equals(b.getNir(), r.nir()) && Objects.equals(b.getAttachedToNir(), r.attachedToNir())
                && b.getStartDate().equals(r.startDate()) && Objects.equals(b.getEndDate(), r.endDate());
    }
}
