package org.mutualportal.reimbursements.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.mutualportal.api.member.Beneficiary;
import org.mutualportal.api.member.MemberDirectory;
import org.mutualportal.api.member.Membership;
import org.mutualportal.api.time.PortalClock;
import org.mutualportal.reimbursements.payment.GuaranteeBasis;
import org.mutualportal.reimbursements.payment.Payee;
import org.mutualportal.reimbursements.payment.Payment;
import org.mutualportal.reimbursements.payment.PaymentLine;
import org.mutualportal.reimbursements.payment.PaymentMode;
import org.mutualportal.reimbursements.rib.BankDetails;
import org.mutualportal.spi.DemoData;
import org.mutualportal.spi.DemoMembers;

/**
 * Three years of payments for the demo memberships, so that every screen shows something real: care of a
 * family of four (general practitioner, specialists over the guarantee, pharmacy and laboratory paid under
 * tiers payant, physiotherapy, a crown and glasses, an osteopath the Sécurité sociale does not cover, a
 * hospital stay), with amounts that add up the way a French statement does. Generated from a fixed seed:
 * the same data at every start, loaded once.
 */
@ApplicationScoped
public class ReimbursementsDemoData implements DemoData {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    @PersistenceContext(unitName = "reimbursements")
    EntityManager em;

    @Inject
    MemberDirectory directory;

    @Inject
    PortalClock clock;

    @Override
    public String moduleId() {
        return "reimbursements";
    }

    @Override
    public int order() {
        return 20;
    }

    @Override
    public void load() {
        if (!em.createQuery("select p.id from Payment p where p.externalId like 'DEMO-P-%'", Long.class)
                .setMaxResults(1).getResultList().isEmpty()) {
            return;
        }
        LocalDate today = clock.today();
        directory.membershipByExternalId(DemoMembers.MARIE_MEMBERSHIP).ifPresent(m -> {
            generate(m, 36, 3, new Random(20_260_101L), today, "M");
            bank(m, "Marie LEROY", "FR7630004005120001012345678", "BNPAFRPP");
        });
        directory.membershipByExternalId(DemoMembers.KARIM_COLLECTIVE).ifPresent(m -> {
            generate(m, 24, 1, new Random(20_260_202L), today, "K");
            bank(m, "Karim BENALI", "FR7610278089000002123456719", "CMCIFR2A");
        });
        directory.membershipByExternalId(DemoMembers.KARIM_INDIVIDUAL).ifPresent(m -> hospitalOnly(m, today));
        directory.membershipByExternalId(DemoMembers.SOPHIE_MEMBERSHIP).ifPresent(m -> {
            generate(m, 12, 1, new Random(20_260_303L), today, "S");
            bank(m, "Sophie MARTIN", "FR7620041010080123456701208", "PSSTFRPP");
        });
    }

    private void generate(Membership membership, int months, int perMonth, Random random, LocalDate today, String tag) {
        List<? extends Beneficiary> people = directory.beneficiaries(membership.getId());
        int sequence = 0;
        for (int monthsAgo = months; monthsAgo >= 0; monthsAgo--) {
            LocalDate month = today.minusMonths(monthsAgo).withDayOfMonth(1);
            int events = 1 + random.nextInt(perMonth + 1);
            List<Care> memberCare = new ArrayList<>();
            for (int e = 0; e < events; e++) {
                Beneficiary who = people.get(random.nextInt(people.size()));
                LocalDate day = month.plusDays(random.nextInt(Math.max(1, month.lengthOfMonth() - 3)));
                if (!day.isBefore(today.minusDays(20))) {
                    continue;
                }
                Care care = Care.pick(random, who, day);
                if (care.payee == Payee.PROFESSIONAL) {
                    save(membership, List.of(care), care.end.plusDays(4 + random.nextInt(6)), PaymentMode.TRANSFER,
                            Payee.PROFESSIONAL, care.professional, tag + "-" + (++sequence));
                } else {
                    memberCare.add(care);
                }
            }
            if (!memberCare.isEmpty()) {
                LocalDate paid = memberCare.stream().map(c -> c.end).max(LocalDate::compareTo).orElseThrow()
                        .plusDays(2 + random.nextInt(5));
                if (paid.isAfter(today)) {
                    paid = today;
                }
                save(membership, memberCare, paid, random.nextInt(12) == 0 ? PaymentMode.CHEQUE : PaymentMode.TRANSFER,
                        Payee.MEMBER, null, tag + "-" + (++sequence));
            }
        }
    }

    private void hospitalOnly(Membership membership, LocalDate today) {
        Beneficiary karim = directory.beneficiaries(membership.getId()).get(0);
        LocalDate stay = today.minusMonths(5).withDayOfMonth(10);
        Care days = new Care(karim, stay, stay.plusDays(3), "Forfait journalier hospitalier (3 jours)", "FJH",
                "60.00", "0", "0", "0", "Forfait journalier hospitalier", GuaranteeBasis.ACTUAL_COST, null,
                Payee.PROFESSIONAL, "Hôpital de la Timone — AP-HM");
        Care room = new Care(karim, stay, stay.plusDays(3), "Chambre particulière (3 nuits)", "CHP",
                "210.00", "0", "0", "0", "Chambre particulière", GuaranteeBasis.AMOUNT, "60.00",
                Payee.MEMBER, null);
        save(membership, List.of(days), stay.plusDays(12), PaymentMode.TRANSFER, Payee.PROFESSIONAL, days.professional, "H-1");
        save(membership, List.of(room), stay.plusDays(15), PaymentMode.TRANSFER, Payee.MEMBER, null, "H-2");
    }

    private void save(Membership membership, List<Care> cares, LocalDate paid, PaymentMode mode, Payee payee,
            String payeeName, String key) {
        BigDecimal amount = cares.stream().map(Care::mutual).reduce(BigDecimal.ZERO, BigDecimal::add);
        Payment payment = new Payment("DEMO-P-" + membership.getExternalId() + "-" + key, membership.getMemberId(),
                membership.getId(), paid, mode, amount, payee, payeeName);
        em.persist(payment);
        em.flush();
        int number = 0;
        for (Care care : cares) {
            em.persist(new PaymentLine(payment.getId(), ++number, care.who.getId(), care.who.getFullName(), care.code,
                    care.label, care.day, care.end, care.expense, care.base, care.rate, care.ss(), care.deductible,
                    care.mutual(), care.guarantee, care.basis, care.value));
        }
    }

    private void bank(Membership membership, String holder, String iban, String bic) {
        if (em.find(BankDetails.class, membership.getId()) == null) {
            em.persist(new BankDetails(membership.getId(), holder, iban, bic, clock.now()));
        }
    }

    /** One act, with its amounts computed the way the Sécurité sociale and a responsible contract do. */
    private static final class Care {
        final Beneficiary who;
        final LocalDate day;
        final LocalDate end;
        final String label;
        final String code;
        final BigDecimal expense;
        final BigDecimal base;
        final BigDecimal rate;
        final BigDecimal deductible;
        final String guarantee;
        final GuaranteeBasis basis;
        final BigDecimal value;
        final Payee payee;
        final String professional;

        Care(Beneficiary who, LocalDate day, LocalDate end, String label, String code, String expense, String base,
                String rate, String deductible, String guarantee, GuaranteeBasis basis, String value, Payee payee,
                String professional) {
            this.who = who;
            this.day = day;
            this.end = end;
            this.label = label;
            this.code = code;
            this.expense = new BigDecimal(expense);
            this.base = new BigDecimal(base);
            this.rate = new BigDecimal(rate);
            this.deductible = new BigDecimal(deductible);
            this.guarantee = guarantee;
            this.basis = basis;
            this.value = value == null ? null : new BigDecimal(value);
            this.payee = payee;
            this.professional = professional;
        }

        static Care pick(Random random, Beneficiary who, LocalDate day) {
            int draw = random.nextInt(100);
            if (draw < 30) {
                return new Care(who, day, day, "Consultation médecin généraliste", "G", "30.00", "30.00", "70", "2.00",
                        "Consultations généralistes", GuaranteeBasis.PERCENT_OF_BASE, "100", Payee.MEMBER, null);
            }
            if (draw < 45) {
                String fee = random.nextBoolean() ? "60.00" : "80.00";
                return new Care(who, day, day, "Consultation dermatologue (secteur 2)", "APC", fee, "30.00", "70", "2.00",
                        "Consultations spécialistes", GuaranteeBasis.PERCENT_OF_BASE, "200", Payee.MEMBER, null);
            }
            if (draw < 65) {
                return new Care(who, day, day, "Médicaments remboursés à 65 %", "PH7", "24.80", "24.80", "65", "2.00",
                        "Pharmacie", GuaranteeBasis.PERCENT_OF_BASE, "100", Payee.PROFESSIONAL, "Pharmacie du Vieux-Port");
            }
            if (draw < 75) {
                return new Care(who, day, day, "Analyses de biologie médicale", "B", "25.92", "25.92", "60", "2.00",
                        "Analyses et examens de laboratoire", GuaranteeBasis.PERCENT_OF_BASE, "100", Payee.PROFESSIONAL,
                        "Laboratoire Phocéen de biologie");
            }
            if (draw < 83) {
                return new Care(who, day, day.plusDays(14), "Kinésithérapie (10 séances)", "AMK", "180.00", "161.30", "60",
                        "0", "Auxiliaires médicaux", GuaranteeBasis.PERCENT_OF_BASE, "100", Payee.MEMBER, null);
            }
            if (draw < 89) {
                return new Care(who, day, day, "Séance d'ostéopathie", "OST", "60.00", "0", "0", "0",
                        "Médecines douces (par séance)", GuaranteeBasis.AMOUNT, "30.00", Payee.MEMBER, null);
            }
            if (draw < 93) {
                return new Care(who, day, day, "Couronne céramo-métallique (hors 100 % Santé)", "HBLD", "550.00", "120.00",
                        "60", "0", "Prothèses dentaires", GuaranteeBasis.PERCENT_OF_BASE, "300", Payee.MEMBER, null);
            }
            if (draw < 96) {
                return new Care(who, day, day, "Couronne céramique 100 % Santé", "HBLD-RAC0", "500.00", "120.00", "60", "0",
                        "Prothèses dentaires 100 % Santé", GuaranteeBasis.FULL_COVERAGE_BASKET, null, Payee.MEMBER, null);
            }
            return new Care(who, day, day, "Lunettes : monture et verres unifocaux", "OPT", "420.00", "0.09", "60", "0",
                    "Optique — équipement hors 100 % Santé", GuaranteeBasis.AMOUNT, "250.00", Payee.MEMBER, null);
        }

        /** What the Sécurité sociale paid: its rate on its base, minus the legal deductible. */
        BigDecimal ss() {
            return base.multiply(rate).divide(HUNDRED, 2, RoundingMode.HALF_UP).subtract(deductible).max(BigDecimal.ZERO);
        }

        /** What the guarantee leaves the mutual to pay, never more than the expense minus the Sécurité sociale. */
        BigDecimal mutual() {
            BigDecimal ssGross = base.multiply(rate).divide(HUNDRED, 2, RoundingMode.HALF_UP);
            BigDecimal open = expense.subtract(ssGross).max(BigDecimal.ZERO);
            BigDecimal allowed = switch (basis) {
                case PERCENT_OF_BASE -> base.multiply(value).divide(HUNDRED, 2, RoundingMode.HALF_UP).subtract(ssGross)
                        .max(BigDecimal.ZERO);
                case AMOUNT -> value;
                case ACTUAL_COST, FULL_COVERAGE_BASKET -> open;
            };
            return allowed.min(open);
        }
    }
}
