package org.mutualportal.core.demo;

import static org.mutualportal.spi.DemoMembers.KARIM;
import static org.mutualportal.spi.DemoMembers.KARIM_COLLECTIVE;
import static org.mutualportal.spi.DemoMembers.KARIM_INDIVIDUAL;
import static org.mutualportal.spi.DemoMembers.MARIE;
import static org.mutualportal.spi.DemoMembers.MARIE_MEMBERSHIP;
import static org.mutualportal.spi.DemoMembers.SOPHIE;
import static org.mutualportal.spi.DemoMembers.SOPHIE_MEMBERSHIP;

import org.mutualportal.api.member.PostalAddress;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.Set;
import org.mutualportal.core.member.BeneficiaryEntity;
import org.mutualportal.api.member.ContractKind;
import org.mutualportal.api.member.ContractState;
import org.mutualportal.core.member.MemberEntity;
import org.mutualportal.core.member.MembershipEntity;
import org.mutualportal.api.member.Relationship;
import org.mutualportal.api.security.AccountStatus;
import org.mutualportal.core.security.PasswordHasher;
import org.mutualportal.core.security.WebAccountEntity;
import org.mutualportal.api.security.Roles;
import org.mutualportal.api.time.PortalClock;

/**
 * The demo's people, listed in the README: a member with an individual contract and a family, a member
 * whose employer manages his contract (and who holds a second, individual membership), a member without a
 * web account (to try "Créer mon espace"), a staff member and an administrator. Names, numbers and
 * addresses are invented; the management system's ids other modules' demo data attach to are the API's
 * {@link org.mutualportal.spi.DemoMembers}.
 */
@ApplicationScoped
public class DemoMemberLoader {

    private static final String MEMBER_PASSWORD = "Adherent#2026";
    private static final String STAFF_PASSWORD = "Conseiller#2026";
    private static final String ADMIN_PASSWORD = "Administrateur#2026";

    @PersistenceContext(unitName = "core")
    EntityManager em;

    @Inject
    PasswordHasher hasher;

    @Inject
    PortalClock clock;

    public void load() {
        if (!em.createQuery("select m from MemberEntity m where m.externalId = :id", MemberEntity.class)
                .setParameter("id", MARIE).getResultList().isEmpty()) {
            return;
        }
        MemberEntity marie = member(MARIE, "Leroy", "Marie", LocalDate.of(1978, 3, 14), "marie.leroy@example.fr",
                "0612345678", "0491000102", new PostalAddress("12 rue Paradis", null, "13001", "Marseille", "France"));
        MembershipEntity marieMembership = membership(MARIE_MEMBERSHIP, marie, "100234", "IND-2019-004512", "LAB-CONFORT",
                "Labellisée Confort", ContractKind.INDIVIDUAL, null, LocalDate.of(2019, 1, 1));
        beneficiary("DEMO-B-0001", marieMembership, "Leroy", "Marie", LocalDate.of(1978, 3, 14), Relationship.MEMBER,
                "278031305512316", LocalDate.of(2019, 1, 1));
        beneficiary("DEMO-B-0002", marieMembership, "Leroy", "Julien", LocalDate.of(1976, 11, 2), Relationship.SPOUSE,
                "176111305567828", LocalDate.of(2019, 1, 1));
        // The children are on their mother's carte Vitale.
        beneficiary("DEMO-B-0003", marieMembership, "Leroy", "Léa", LocalDate.of(2010, 6, 21), Relationship.CHILD,
                null, LocalDate.of(2019, 1, 1)).setAttachedToNir("278031305512316");
        beneficiary("DEMO-B-0004", marieMembership, "Leroy", "Hugo", LocalDate.of(2014, 9, 5), Relationship.CHILD,
                null, LocalDate.of(2019, 1, 1)).setAttachedToNir("278031305512316");
        account(marie.getId(), "marie.leroy@example.fr", MEMBER_PASSWORD, Set.of(Roles.MEMBER));

        MemberEntity karim = member(KARIM, "Benali", "Karim", LocalDate.of(1984, 7, 30), "karim.benali@example.fr",
                "0698765432", null, new PostalAddress("45 boulevard National", "Bâtiment B", "13003", "Marseille", "France"));
        MembershipEntity collective = membership(KARIM_COLLECTIVE, karim, "200871", "COL-TP-2021-0042", "COL-ENTREPRISE",
                "Collective Entreprise", ContractKind.COLLECTIVE, "Transports Phocéens SA", LocalDate.of(2021, 3, 1));
        beneficiary("DEMO-B-0005", collective, "Benali", "Karim", LocalDate.of(1984, 7, 30), Relationship.MEMBER,
                "184071305598739", LocalDate.of(2021, 3, 1));
        beneficiary("DEMO-B-0006", collective, "Benali", "Nadia", LocalDate.of(1987, 2, 12), Relationship.SPOUSE,
                "287021305543226", LocalDate.of(2021, 3, 1));
        MembershipEntity extra = membership(KARIM_INDIVIDUAL, karim, "200872", "IND-2023-000871", "RENFORT-HOSPI",
                "Renfort Hospitalisation", ContractKind.INDIVIDUAL, null, LocalDate.of(2023, 1, 1));
        beneficiary("DEMO-B-0007", extra, "Benali", "Karim", LocalDate.of(1984, 7, 30), Relationship.MEMBER,
                "184071305598739", LocalDate.of(2023, 1, 1));
        account(karim.getId(), "karim.benali@example.fr", MEMBER_PASSWORD, Set.of(Roles.MEMBER));

        MemberEntity sophie = member(SOPHIE, "Martin", "Sophie", LocalDate.of(1985, 9, 2), "sophie.martin@example.fr",
                "0655443322", null, new PostalAddress("3 place Castellane", null, "13006", "Marseille", "France"));
        MembershipEntity sophieMembership = membership(SOPHIE_MEMBERSHIP, sophie, "100777", "IND-2022-007731", "LAB-ESSENTIEL",
                "Labellisée Essentiel", ContractKind.INDIVIDUAL, null, LocalDate.of(2022, 5, 1));
        beneficiary("DEMO-B-0008", sophieMembership, "Martin", "Sophie", LocalDate.of(1985, 9, 2), Relationship.MEMBER,
                "285091305511172", LocalDate.of(2022, 5, 1));

        account(null, "conseiller@mutuelle.example", STAFF_PASSWORD, Set.of(Roles.STAFF));
        account(null, "admin@mutuelle.example", ADMIN_PASSWORD, Set.of(Roles.ADMIN, Roles.STAFF));
    }

    private MemberEntity member(String externalId, String lastName, String firstName, LocalDate birthDate, String email,
            String mobile, String home, PostalAddress address) {
        MemberEntity member = new MemberEntity(externalId, lastName, firstName, birthDate);
        member.setEmail(email);
        member.setMobilePhone(mobile);
        member.setHomePhone(home);
        member.setAddress(address);
        em.persist(member);
        em.flush();
        return member;
    }

    private MembershipEntity membership(String externalId, MemberEntity member, String number, String contract, String offerCode,
            String offerLabel, ContractKind kind, String employer, LocalDate start) {
        MembershipEntity membership = new MembershipEntity(externalId, member.getId(), number, contract, offerCode, offerLabel, kind,
                employer, ContractState.OPEN, start);
        em.persist(membership);
        em.flush();
        return membership;
    }

    private BeneficiaryEntity beneficiary(String externalId, MembershipEntity membership, String lastName, String firstName,
            LocalDate birthDate, Relationship relationship, String nir, LocalDate start) {
        BeneficiaryEntity beneficiary = new BeneficiaryEntity(externalId, membership.getId(), lastName, firstName, birthDate,
                relationship, nir, start);
        em.persist(beneficiary);
        return beneficiary;
    }

    private void account(Long memberId, String login, String password, Set<String> roles) {
        em.persist(new WebAccountEntity(memberId, login, hasher.hash(password.toCharArray()), roles, AccountStatus.ACTIVE,
                clock.now()));
    }
}
