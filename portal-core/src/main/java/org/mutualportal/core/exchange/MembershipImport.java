package org.mutualportal.core.exchange;

import org.mutualportal.core.web.CoreTexts;
import org.mutualportal.spi.RecordImport;
import org.mutualportal.api.exchange.JsonRecord;
import org.mutualportal.api.exchange.ImportOutcome;
import org.mutualportal.api.exchange.ExternalIds;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.mutualportal.api.member.ContractKind;
import org.mutualportal.api.member.ContractState;
import org.mutualportal.api.validation.MembershipNumber;
import org.mutualportal.core.member.MembershipEntity;

/**
 * Memberships ({@code POST /api/v1/memberships}), each referring to its member by the member's external id.
 * A membership keeps its member and its card number once created (the kernel offers no way to move them, and
 * a member's sign-in and history hang on both): a record changing either is refused, not half-applied.
 */
@ApplicationScoped
public class MembershipImport implements RecordImport<MembershipRecord> {

    @PersistenceContext(unitName = "core")
    EntityManager em;

    @Override
    public String resource() {
        return "memberships";
    }

    @Override
    public MembershipRecord read(JsonRecord r) {
        String externalId = r.requiredText("externalId", 64);
        String member = r.requiredText("member", 64);
        String number = r.requiredText("membershipNumber", MembershipNumber.MAX_LENGTH);
        if (number != null && !number.matches("[A-Za-z0-9-]+")) {
            r.reject("membershipNumber", CoreTexts.core("exchange.membership-number"));
        }
        String contract = r.requiredText("contractNumber", 30);
        String offerCode = r.requiredText("offerCode", 30);
        String offerLabel = r.requiredText("offerLabel", 80);
        ContractKind kind = r.requiredChoice("kind", ContractKind.class);
        String employer = r.text("employerName", 120);
        if (kind == ContractKind.COLLECTIVE && employer == null) {
            r.reject("employerName", CoreTexts.core("exchange.employer"));
        }
        ContractState state = r.requiredChoice("state", ContractState.class);
        var start = r.requiredDate("startDate");
        var end = r.date("endDate");
        r.notBefore("endDate", end, start);
        if (!r.isValid()) {
            return null;
        }
        return new MembershipRecord(externalId, member, number, contract, offerCode, offerLabel, kind, employer, state,
                start, end);
    }

    @Override
    public String key(MembershipRecord record) {
        return record.externalId();
    }

    @Override
    public void write(List<Item<MembershipRecord>> items, ImportOutcome outcome) {
        List<MembershipRecord> records = items.stream().map(Item::value).toList();
        Map<String, Long> members = ExternalIds.ids(em, "member", records.stream().map(MembershipRecord::member).toList());
        Map<String, MembershipEntity> existing = ExternalIds.entities(em, MembershipEntity.class,
                records.stream().map(MembershipRecord::externalId).toList()).stream()
                .collect(Collectors.toMap(MembershipEntity::getExternalId, Function.identity()));
        Map<String, String> numberOwners = numberOwners(records);
        for (Item<MembershipRecord> item : items) {
            MembershipRecord r = item.value();
            Long memberId = members.get(r.member());
            MembershipEntity membership = existing.get(r.externalId());
            if (memberId == null) {
                outcome.reject(item.index(), "member", CoreTexts.core("exchange.unknown.member", r.member()));
                continue;
            }
            String owner = numberOwners.putIfAbsent(r.membershipNumber(), r.externalId());
            if (owner != null && !owner.equals(r.externalId())) {
                outcome.reject(item.index(), "membershipNumber",
                        CoreTexts.core("exchange.membership-number.taken", r.membershipNumber(), owner));
            } else if (membership == null) {
                membership = new MembershipEntity(r.externalId(), memberId, r.membershipNumber(), r.contractNumber(),
                        r.offerCode(), r.offerLabel(), r.kind(), r.employerName(), r.state(), r.startDate());
                membership.update(r.contractNumber(), r.offerCode(), r.offerLabel(), r.kind(), r.employerName(),
                        r.state(), r.startDate(), r.endDate());
                em.persist(membership);
                outcome.created(item.index());
            } else if (!membership.getMemberId().equals(memberId)) {
                outcome.reject(item.index(), "member", CoreTexts.core("exchange.membership.member-fixed"));
            } else if (!membership.getMembershipNumber().equals(r.membershipNumber())) {
                outcome.reject(item.index(), "membershipNumber", CoreTexts.core("exchange.membership-number.fixed",
                        membership.getMembershipNumber()));
            } else if (same(membership, r)) {
                outcome.unchanged(item.index());
            } else {
                update(membership.getId(), r);
                outcome.updated(item.index());
            }
        }
        em.flush();
    }

    /** One statement per changed membership; the version moves as an edit through the entity would move it. */
    private void update(long id, MembershipRecord r) {
        em.createNativeQuery("""
                update membership set contract_number = ?1, offer_code = ?2, offer_label = ?3, kind = ?4,
                    employer_name = ?5, state = ?6, start_date = ?7, end_date = cast(?8 as date), version = version + 1
                where id = ?9""")
                .setParameter(1, r.contractNumber())
                .setParameter(2, r.offerCode())
                .setParameter(3, r.offerLabel())
                .setParameter(4, r.kind().name())
                .setParameter(5, r.employerName())
                .setParameter(6, r.state().name())
                .setParameter(7, r.startDate())
                .setParameter(8, r.endDate())
                .setParameter(9, id)
                .executeUpdate();
    }

    /** Which membership holds each card number already, in the database (one query for the batch). */
    private Map<String, String> numberOwners(List<MembershipRecord> records) {
        Map<String, String> owners = new HashMap<>();
        for (Object[] row : ExternalIds.rows(em,
                "select membership_number, external_id from membership where membership_number = any(?1)",
                records.stream().map(MembershipRecord::membershipNumber).toList())) {
            owners.put((String) row[0], (String) row[1]);
        }
        return owners;
    }

    private static boolean same(MembershipEntity m, MembershipRecord r) {
        return m.getContractNumber().equals(r.contractNumber()) && m.getOfferCode().equals(r.offerCode())
                && m.getOfferLabel().equals(r.offerLabel()) && m.getKind() == r.kind()
                && Objects.equals(m.getEmployerName(), r.employerName()) && m.getState() == r.state()
                && m.getStartDate().equals(r.startDate()) && Objects.equals(m.getEndDate(), r.endDate());
    }
}
