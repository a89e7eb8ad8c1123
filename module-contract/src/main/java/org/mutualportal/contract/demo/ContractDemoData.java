package org.mutualportal.contract.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.mutualportal.contract.beneficiary.BeneficiaryContact;
import org.mutualportal.contract.contribution.Contribution;
import org.mutualportal.contract.contribution.ContributionLine;
import org.mutualportal.contract.contribution.ContributionStatus;
import org.mutualportal.contract.estimate.BenefitUsage;
import org.mutualportal.contract.exchange.CareItemImport;
import org.mutualportal.contract.exchange.CareItemRecord;
import org.mutualportal.contract.offer.CatalogueImport;
import org.mutualportal.contract.offer.GuaranteeCategory;
import org.mutualportal.contract.offer.OfferPrice;
import org.mutualportal.contract.offer.OfferPricing;
import org.mutualportal.contract.terms.ContractTerms;
import org.mutualportal.contract.terms.NoticeFrequency;
import org.mutualportal.contract.terms.PaymentMode;
import org.mutualportal.spi.DemoMembers;
import org.mutualportal.api.exchange.ImportOutcome;
import org.mutualportal.api.exchange.JsonRecord;
import org.mutualportal.api.member.Beneficiary;
import org.mutualportal.api.member.MemberDirectory;
import org.mutualportal.api.member.Membership;
import org.mutualportal.spi.DemoData;
import org.mutualportal.spi.RecordImport;
import org.mutualportal.api.time.PortalClock;

/**
 * The demo's catalogue (four individual offers and a collective one, with tables of guarantees in the
 * agreed layout) and, for each demo membership, its terms and contributions: two years of calls computed
 * from the catalogue's prices (so that "Voir le détail" adds up), one of them unpaid, and the next one due.
 *
 * <p>For "Estimer mon remboursement": the national catalogue of care items on quote ({@code care-items.json}), the
 * offers' guarantee rules ({@code rules} in {@code catalogue.json}) and what Marie LEROY's family already used (Léa's
 * glasses eight months ago, within her yearly renewal; Marie's implant this year, against the yearly cap). Figures
 * of 2026, from public sources:
 * <ul>
 * <li>Sécurité sociale rate of 60 % for glasses, dental prostheses and hearing aids; bases of class B frames and
 * lenses 0,05 €; class A frame: price limit 30 €, base 9 €; glasses renewed every 2 years from 16, every year under
 * 16; hearing aids every 4 years; hearing aid base 400 € per ear from 21 years (1 400 € before), class I price
 * limit 950 € (1 400 € before 21): ameli.fr, "Lunettes et lentilles : quelle prise en charge ?" and "Aides
 * auditives : quelle prise en charge ?" (Soins et prothèses dentaires, optique et audition : vos remboursements);</li>
 * <li>contrat responsable caps, Sécurité sociale included: 420 € for glasses with two simple lenses, up to 800 € with
 * very complex ones, of which 100 € at most for the frame; 1 700 € per class II hearing aid: article R. 871-2 of the
 * Code de la sécurité sociale (décret n° 2019-21 du 11 janvier 2019, Légifrance);</li>
 * <li>crowns: base 120 € whatever the material; 100 % Santé ceramo-metallic crown on a visible tooth: fee limit
 * 500 €; an implant has no base; orthodontics before 16: 193,50 € per semester: ameli.fr, "Soins et prothèses
 * dentaires : vos remboursements", and dentists' published fee lists.</li>
 * </ul>
 * The class A lenses' figures (a price limit and a base per LPP code, by sphere and cylinder) and the "tarif
 * maîtrisé", metallic crown and bridge fee limits are indicative of their range: the management system sends the
 * official list through {@code /api/v1/contract/care-items}.
 */
@ApplicationScoped
public class ContractDemoData implements DemoData {

    private static final BigDecimal ASSISTANCE = new BigDecimal("1.20");

    @PersistenceContext(unitName = "contract")
    EntityManager em;

    @Inject
    CatalogueImport catalogue;

    @Inject
    CareItemImport careItemImport;

    @Inject
    MemberDirectory directory;

    @Inject
    PortalClock clock;

    @Override
    public String moduleId() {
        return "contract";
    }

    @Override
    public int order() {
        return 30;
    }

    @Override
    public void load() {
        // A portal whose demo offers predate their guarantee rules gets them (the offers are replaced as a whole).
        if (em.createQuery("select count(o) from Offer o", Long.class).getSingleResult() == 0
                || em.createQuery("select count(r) from GuaranteeRule r", Long.class).getSingleResult() == 0) {
            catalogue.apply(read("catalogue.json"));
        }
        if (em.createQuery("select count(i) from CareItem i", Long.class).getSingleResult() == 0) {
            careItems(read("care-items.json"));
        }
        if (!em.createQuery("select c.id from Contribution c where c.externalId like 'DEMO-C-%'", Long.class)
                .setMaxResults(1).getResultList().isEmpty()) {
            return;
        }
        directory.membershipByExternalId(DemoMembers.MARIE_MEMBERSHIP).ifPresent(m -> {
            terms(m, null, null, LocalDate.of(2019, 1, 1), PaymentMode.DIRECT_DEBIT, NoticeFrequency.MONTHLY, 5,
                    "Marie LEROY", "FR7630004005120001012345678", "BNPAFRPP", "RUM-100234-20190101-K7PQ2M");
            contributions(m, NoticeFrequency.MONTHLY, PaymentMode.DIRECT_DEBIT, 24, true);
            directory.beneficiaries(m.getId()).stream().filter(b -> b.getExternalId().equals("DEMO-B-0002")).findFirst()
                    .ifPresent(julien -> em.persist(new BeneficiaryContact(julien.getId(), "julien.leroy@example.fr",
                            "0611223344", null)));
            usage(m);
        });
        directory.membershipByExternalId(DemoMembers.KARIM_COLLECTIVE).ifPresent(m -> terms(m, "Transports Phocéens SA",
                "Zone industrielle des Arnavaux, 13014 Marseille", LocalDate.of(2021, 3, 1), PaymentMode.PAYROLL,
                NoticeFrequency.MONTHLY, null, null, null, null, null));
        directory.membershipByExternalId(DemoMembers.KARIM_INDIVIDUAL).ifPresent(m -> {
            terms(m, null, null, LocalDate.of(2023, 1, 1), PaymentMode.CHEQUE, NoticeFrequency.YEARLY, null, null,
                    null, null, null);
            contributions(m, NoticeFrequency.YEARLY, PaymentMode.CHEQUE, 3, false);
        });
        directory.membershipByExternalId(DemoMembers.SOPHIE_MEMBERSHIP).ifPresent(m -> {
            terms(m, null, null, LocalDate.of(2022, 5, 1), PaymentMode.TRANSFER, NoticeFrequency.QUARTERLY, null, null,
                    null, null, null);
            contributions(m, NoticeFrequency.QUARTERLY, PaymentMode.TRANSFER, 8, false);
        });
    }

    /** Léa's glasses eight months ago (renewed yearly before 16) and Marie's implant three months ago. */
    private void usage(Membership marie) {
        LocalDate today = clock.today();
        for (Beneficiary b : directory.beneficiaries(marie.getId())) {
            if (b.getExternalId().equals("DEMO-B-0003")) {
                em.persist(new BenefitUsage("DEMO-U-0001", b.getId(), GuaranteeCategory.OPTIQUE, "R-OPT-B-SIMPLE",
                        today.minusMonths(8), new BigDecimal("200.00")));
            } else if (b.getExternalId().equals("DEMO-B-0001")) {
                em.persist(new BenefitUsage("DEMO-U-0002", b.getId(), GuaranteeCategory.DENTAIRE, "R-DEN-IMPLANT",
                        today.minusMonths(3), new BigDecimal("450.00")));
            }
        }
    }

    /** The national catalogue of care items on quote, read and written by the care-items import. */
    private void careItems(JsonObject json) {
        JsonArray records = json.getJsonArray("items");
        List<RecordImport.Item<CareItemRecord>> items = new ArrayList<>();
        for (int i = 0; i < records.size(); i++) {
            JsonRecord record = JsonRecord.of(records.get(i));
            CareItemRecord item = careItemImport.read(record);
            if (item == null) {
                throw new IllegalStateException("Demo care item " + i + " refused: " + record.problems());
            }
            items.add(new RecordImport.Item<>(i, item));
        }
        careItemImport.write(items, new ImportOutcome(items.size()));
    }

    private void terms(Membership membership, String subscriber, String address, LocalDate since, PaymentMode mode,
            NoticeFrequency frequency, Integer day, String holder, String iban, String bic, String mandate) {
        ContractTerms terms = new ContractTerms(membership.getId());
        terms.setSubscriber(subscriber, address);
        terms.setGuaranteesSince(since);
        terms.setPayment(mode, frequency, day, holder, iban, bic, mandate, mandate == null ? null : since);
        em.persist(terms);
    }

    /** {@code count} past calls up to this period, one unpaid if asked, and the next one due. */
    private void contributions(Membership membership, NoticeFrequency frequency, PaymentMode mode, int count,
            boolean oneUnpaid) {
        List<OfferPrice> bands = em.createQuery("select p from OfferPrice p where p.offerCode = :code", OfferPrice.class)
                .setParameter("code", membership.getOfferCode()).getResultList();
        List<? extends Beneficiary> people = directory.beneficiaries(membership.getId());
        LocalDate today = clock.today();
        int months = frequency.months();
        // Periods are aligned on January: the one containing today, then backwards.
        LocalDate current = LocalDate.of(today.getYear(), ((today.getMonthValue() - 1) / months) * months + 1, 1);
        for (int i = count; i >= -1; i--) {
            LocalDate start = current.minusMonths((long) i * months);
            if (start.isBefore(membership.getStartDate())) {
                continue;
            }
            LocalDate end = start.plusMonths(months).minusDays(1);
            LocalDate due = start.withDayOfMonth(5);
            boolean future = due.isAfter(today);
            ContributionStatus status = future ? ContributionStatus.DUE
                    : oneUnpaid && i == count / 2 ? ContributionStatus.UNPAID : ContributionStatus.PAID;
            addContribution(membership, bands, people, start, end, due, months, status, mode);
        }
    }

    private void addContribution(Membership membership, List<OfferPrice> bands, List<? extends Beneficiary> people,
            LocalDate start, LocalDate end, LocalDate due, int months, ContributionStatus status, PaymentMode mode) {
        List<OfferPricing.Person> family = people.stream()
                .map(b -> new OfferPricing.Person(b.getFullName(), b.getBirthDate())).toList();
        OfferPricing.Quote quote = OfferPricing.quote(bands, family, start).orElseThrow();
        Map<String, Long> ids = people.stream().collect(Collectors.toMap(Beneficiary::getFullName, Beneficiary::getId, (a, b) -> a));
        BigDecimal factor = BigDecimal.valueOf(months);
        BigDecimal total = quote.monthlyTotal().add(ASSISTANCE.multiply(BigDecimal.valueOf(family.size()))).multiply(factor);
        Contribution contribution = new Contribution("DEMO-C-" + membership.getMembershipNumber() + "-" + start,
                membership.getId(), due, start, end, total, status, status == ContributionStatus.PAID ? due : null, mode);
        em.persist(contribution);
        em.flush();
        int line = 1;
        for (OfferPricing.Share share : quote.shares()) {
            Long beneficiaryId = ids.get(share.beneficiary());
            em.persist(new ContributionLine(contribution.getId(), line++, beneficiaryId, share.beneficiary(),
                    membership.getOfferLabel(), share.monthlyAmount().multiply(factor)));
            em.persist(new ContributionLine(contribution.getId(), line++, beneficiaryId, share.beneficiary(),
                    "Assistance santé", ASSISTANCE.multiply(factor)));
        }
    }

    private static JsonObject read(String name) {
        try (InputStream in = ContractDemoData.class.getResourceAsStream(name); JsonReader reader = Json.createReader(in)) {
            return reader.readObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
