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
import org.mutualportal.api.validation.EmailAddresses;
import org.mutualportal.core.exchange.MemberRecord.AddressRecord;
import org.mutualportal.api.member.FamilySituation;
import org.mutualportal.core.member.MemberEntity;
import org.mutualportal.api.member.PostalAddress;

/** Members ({@code POST /api/v1/members}): upserted by external id into the kernel's {@code member} table. */
@ApplicationScoped
public class MemberImport implements RecordImport<MemberRecord> {

    @PersistenceContext(unitName = "core")
    EntityManager em;

    @Override
    public String resource() {
        return "members";
    }

    @Override
    public MemberRecord read(JsonRecord r) {
        String externalId = r.requiredText("externalId", 64);
        String lastName = r.requiredText("lastName", 80);
        String firstName = r.requiredText("firstName", 80);
        var birthDate = r.requiredDate("birthDate");
        String email = r.text("email", 254);
        if (email != null && !EmailAddresses.isValid(email)) {
            r.reject("email", CoreTexts.core("exchange.email"));
        }
        String mobile = r.text("mobilePhone", 20);
        String home = r.text("homePhone", 20);
        FamilySituation situation = r.choice("familySituation", FamilySituation.class);
        JsonRecord a = r.object("address");
        AddressRecord address = a == null ? null
                : new AddressRecord(a.text("line1", 38), a.text("line2", 38), a.text("postcode", 10), a.text("city", 60),
                        a.text("country", 60));
        if (!r.isValid()) {
            return null;
        }
        return new MemberRecord(externalId, lastName, firstName, birthDate, EmailAddresses.normalize(email), mobile, home,
                situation, address);
    }

    @Override
    public String key(MemberRecord record) {
        return record.externalId();
    }

    @Override
    public void write(List<Item<MemberRecord>> items, ImportOutcome outcome) {
        Map<String, MemberEntity> existing = ExternalIds.entities(em, MemberEntity.class,
                items.stream().map(i -> i.value().externalId()).toList()).stream()
                .collect(Collectors.toMap(MemberEntity::getExternalId, Function.identity()));
        for (Item<MemberRecord> item : items) {
            MemberRecord r = item.value();
            MemberEntity member = existing.get(r.externalId());
            if (member == null) {
                member = new MemberEntity(r.externalId(), r.lastName(), r.firstName(), r.birthDate());
                apply(member, r);
                em.persist(member);
                outcome.created(item.index());
            } else if (same(member, r)) {
                outcome.unchanged(item.index());
            } else {
                update(member.getId(), r);
                outcome.updated(item.index());
            }
        }
        em.flush();
    }

    /** One statement per changed member; the version moves as an edit through the entity would move it. */
    private void update(long id, MemberRecord r) {
        PostalAddress a = address(r.address());
        em.createNativeQuery("""
                update member set last_name = ?1, first_name = ?2, birth_date = ?3, email = ?4, mobile_phone = ?5,
                    home_phone = ?6, family_situation = ?7, address_line1 = ?8, address_line2 = ?9, postcode = ?10,
                    city = ?11, country = ?12, version = version + 1
                where id = ?13""")
                .setParameter(1, r.lastName())
                .setParameter(2, r.firstName())
                .setParameter(3, r.birthDate())
                .setParameter(4, r.email())
                .setParameter(5, r.mobilePhone())
                .setParameter(6, r.homePhone())
                .setParameter(7, r.familySituation() == null ? null : r.familySituation().name())
                .setParameter(8, a == null ? null : a.getLine1())
                .setParameter(9, a == null ? null : a.getLine2())
                .setParameter(10, a == null ? null : a.getPostcode())
                .setParameter(11, a == null ? null : a.getCity())
                .setParameter(12, a == null ? null : a.getCountry())
                .setParameter(13, id)
                .executeUpdate();
    }

    private static void apply(MemberEntity member, MemberRecord r) {
        member.setEmail(r.email());
        member.setMobilePhone(r.mobilePhone());
        member.setHomePhone(r.homePhone());
        member.setFamilySituation(r.familySituation());
        member.setAddress(address(r.address()));
    }

    static boolean same(MemberEntity m, MemberRecord r) {
        return m.getLastName().equals(r.lastName()) && m.getFirstName().equals(r.firstName())
                && m.getBirthDate().equals(r.birthDate()) && Objects.equals(m.getEmail(), r.email())
                && Objects.equals(m.getMobilePhone(), r.mobilePhone()) && Objects.equals(m.getHomePhone(), r.homePhone())
                && Objects.equals(m.getFamilySituation(), r.familySituation())
                && sameAddress(m.getAddress(), address(r.address()));
    }

    /** No address, or one whose lines are all empty, is no address (that is how the row reads back). */
    private static PostalAddress address(AddressRecord a) {
        if (a == null || (a.line1() == null && a.line2() == null && a.postcode() == null && a.city() == null
                && a.country() == null)) {
            return null;
        }
        return new PostalAddress(a.line1(), a.line2(), a.postcode(), a.city(), a.country());
    }

    private static boolean sameAddress(PostalAddress stored, PostalAddress incoming) {
        PostalAddress a = stored == null ? null : address(new AddressRecord(stored.getLine1(), stored.getLine2(),
                stored.getPostcode(), stored.getCity(), stored.getCountry()));
        if (a == null || incoming == null) {
            return a == null && incoming == null;
        }
        return Objects.equals(a.getLine1(), incoming.getLine1()) && Objects.equals(a.getLine2(), incoming.getLine2())
                && Objects.equals(a.getPostcode(), incoming.getPostcode()) && Objects.equals(a.getCity(), incoming.getCity())
                && Objects.equals(a.getCountry(), incoming.getCountry());
    }
}
