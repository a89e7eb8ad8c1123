package org.mutualportal.core.member;

import org.mutualportal.api.member.PostalAddress;
import org.mutualportal.core.web.CoreTexts;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.List;
import org.mutualportal.core.audit.AuditEvent;
import org.mutualportal.core.requests.MemberRequestEntity;
import org.mutualportal.core.security.WebAccountEntity;
import org.mutualportal.spi.PersonalData;
import org.mutualportal.api.text.FrenchFormats;

/** The core's part of a member's data export: identity, memberships, beneficiaries, web account, requests, sign-ins. */
@ApplicationScoped
public class CorePersonalData implements PersonalData {

    @PersistenceContext(unitName = "core")
    EntityManager em;

    @Override
    public String moduleId() {
        return "core";
    }

    @Override
    public List<DataSection> export(long memberId, long accountId) {
        List<DataSection> sections = new ArrayList<>();
        MemberEntity member = em.find(MemberEntity.class, memberId);
        PostalAddress address = member.getAddress();
        sections.add(section("identity", List.of("export.lastName", "export.firstName", "export.birthDate", "export.email",
                "export.mobile", "export.home", "export.address", "export.familySituation"),
                List.of(List.of(member.getLastName(), member.getFirstName(), FrenchFormats.date(member.getBirthDate()),
                        nullToEmpty(member.getEmail()), nullToEmpty(member.getMobilePhone()), nullToEmpty(member.getHomePhone()),
                        address == null ? "" : address.getOneLine(),
                        member.getFamilySituation() == null ? "" : CoreTexts.core("family." + member.getFamilySituation())))));

        List<MembershipEntity> memberships = em.createQuery("select m from MembershipEntity m where m.memberId = :member order by m.id",
                MembershipEntity.class).setParameter("member", memberId).getResultList();
        sections.add(section("memberships", List.of("export.membershipNumber", "export.contractNumber", "export.offer",
                "export.kind", "export.employer", "export.state", "export.startDate"),
                memberships.stream().map(m -> List.of(m.getMembershipNumber(), m.getContractNumber(), m.getOfferLabel(),
                        CoreTexts.core("contract.kind." + m.getKind()), nullToEmpty(m.getEmployerName()),
                        CoreTexts.core("contract.state." + m.getState()), FrenchFormats.date(m.getStartDate()))).toList()));

        List<BeneficiaryEntity> beneficiaries = em.createQuery("""
                select b from BeneficiaryEntity b where b.membershipId in
                (select m.id from MembershipEntity m where m.memberId = :member) order by b.id""", BeneficiaryEntity.class)
                .setParameter("member", memberId).getResultList();
        sections.add(section("beneficiaries", List.of("export.lastName", "export.firstName", "export.birthDate",
                "export.relationship", "export.nir", "export.startDate"),
                beneficiaries.stream().map(b -> List.of(b.getLastName(), b.getFirstName(), FrenchFormats.date(b.getBirthDate()),
                        CoreTexts.core("relationship." + b.getRelationship()), nullToEmpty(b.getNir()),
                        FrenchFormats.date(b.getStartDate()))).toList()));

        WebAccountEntity account = em.find(WebAccountEntity.class, accountId);
        if (account != null) {
            sections.add(section("account", List.of("export.login", "export.createdAt", "export.lastLogin", "export.previousLogin"),
                    List.of(List.of(account.getLogin(), FrenchFormats.dateTime(account.getCreatedAt()),
                            FrenchFormats.dateTime(account.getLastLoginAt()), FrenchFormats.dateTime(account.getPreviousLoginAt())))));
        }

        List<MemberSubscription> subscriptions = em.createQuery("select s from MemberSubscription s where s.memberId = :member",
                MemberSubscription.class).setParameter("member", memberId).getResultList();
        sections.add(section("subscriptions", List.of("export.topic", "export.since"), subscriptions.stream()
                .map(s -> List.of(s.getTopic(), FrenchFormats.dateTime(s.getCreatedAt()))).toList()));

        List<MemberRequestEntity> requests = em.createQuery("select r from MemberRequestEntity r where r.memberId = :member order by r.id",
                MemberRequestEntity.class).setParameter("member", memberId).getResultList();
        sections.add(section("requests", List.of("export.date", "export.type", "export.summary", "export.details",
                "export.status", "export.answer"),
                requests.stream().map(r -> List.of(FrenchFormats.dateTime(r.getCreatedAt()), r.getTypeCode(), r.getSummary(),
                        nullToEmpty(r.getDetails()), CoreTexts.core("request.status." + r.getStatus()),
                        nullToEmpty(r.getAnswer()))).toList()));

        List<AuditEvent> signIns = em.createQuery("""
                select e from AuditEvent e where e.actor = :actor order by e.id desc""", AuditEvent.class)
                .setParameter("actor", "account:" + accountId).setMaxResults(200).getResultList();
        sections.add(section("activity", List.of("export.date", "export.action", "export.address"),
                signIns.stream().map(e -> List.of(FrenchFormats.dateTime(e.getOccurredAt()), e.getAction(),
                        nullToEmpty(e.getRemoteAddress()))).toList()));
        return sections;
    }

    private static DataSection section(String key, List<String> columnKeys, List<List<String>> rows) {
        return new DataSection(key, CoreTexts.core("export.section." + key), columnKeys.stream().map(CoreTexts::core).toList(), rows);
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }
}
