package org.mutualportal.contract.estimate;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.mutualportal.contract.estimate.Coverage.Band;
import org.mutualportal.contract.estimate.Coverage.Item;
import org.mutualportal.contract.estimate.Coverage.QuoteLine;
import org.mutualportal.contract.estimate.Coverage.Rule;
import org.mutualportal.contract.estimate.Coverage.Used;
import org.mutualportal.contract.offer.GuaranteeCategory;

/**
 * Worked examples written from the public rules (ameli.fr, article R. 871-2 of the Code de la sécurité sociale): the
 * Sécurité sociale pays 60 % of the base of glasses, dental prostheses and hearing aids; 100 % Santé items leave
 * nothing to pay within their price limit; class B glasses have a base of 0,05 € per item; a crown's base is 120 €;
 * an implant has none; a hearing aid's base is 400 € per ear from 21 years, its class I price limit 950 €, and a
 * contrat responsable pays at most 1 700 € per class II ear, Sécurité sociale included. The offers' amounts are the
 * demo catalogue's ("Labellisée Confort" and "Labellisée Intégrale").
 */
class EstimateCalculatorTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 3, 16);
    private static final LocalDate ADULT = LocalDate.of(1985, 6, 2);
    private static final LocalDate CHILD = LocalDate.of(2013, 9, 1);

    private static final Map<String, Item> CATALOGUE = catalogue(
            item("OPT-MONTURE-A", "Monture 100 % Santé", GuaranteeCategory.OPTIQUE, ItemSlot.FRAME, true, "60", null,
                    glasses("9.00", "30.00")),
            item("OPT-MONTURE-B", "Monture à tarif libre", GuaranteeCategory.OPTIQUE, ItemSlot.FRAME, false, "60",
                    "OPT-MONTURE-A", glasses("0.05", null)),
            item("OPT-VERRE-A-SIMPLE", "Verre simple 100 % Santé", GuaranteeCategory.OPTIQUE, ItemSlot.LENS, true, "60", null,
                    glasses("13.50", "32.50")),
            item("OPT-VERRE-B-SIMPLE", "Verre simple à tarif libre", GuaranteeCategory.OPTIQUE, ItemSlot.LENS, false, "60",
                    "OPT-VERRE-A-SIMPLE", glasses("0.05", null)),
            item("DEN-COURONNE-100", "Couronne céramo-métallique, dent visible", GuaranteeCategory.DENTAIRE,
                    ItemSlot.DENTAL_ACT, true, "60", null, List.of(new Band(0, 150, amount("120.00"), amount("500.00"), null))),
            item("DEN-COURONNE-LIBRE", "Couronne céramique à tarif libre", GuaranteeCategory.DENTAIRE, ItemSlot.DENTAL_ACT,
                    false, "60", "DEN-COURONNE-100", List.of(new Band(0, 150, amount("120.00"), null, null))),
            item("DEN-IMPLANT", "Implant dentaire", GuaranteeCategory.DENTAIRE, ItemSlot.DENTAL_ACT, false, "60", null,
                    List.of(new Band(0, 150, amount("0.00"), null, null))),
            item("AUD-CLASSE-I", "Aide auditive 100 % Santé (classe I)", GuaranteeCategory.AIDES_AUDITIVES,
                    ItemSlot.HEARING_AID, true, "60", null, List.of(new Band(0, 20, amount("1400.00"), amount("1400.00"), 48),
                            new Band(21, 150, amount("400.00"), amount("950.00"), 48))),
            item("AUD-CLASSE-II", "Aide auditive à tarif libre (classe II)", GuaranteeCategory.AIDES_AUDITIVES,
                    ItemSlot.HEARING_AID, false, "60", "AUD-CLASSE-I", List.of(new Band(0, 20, amount("1400.00"), null, 48),
                            new Band(21, 150, amount("400.00"), null, 48))));

    private static final List<Rule> CONFORT = List.of(
            basket("R-OPT-100", 1, "Équipement 100 % Santé (classe A)", "OPT-MONTURE-A", "OPT-VERRE-A-SIMPLE"),
            new Rule("R-OPT-B-SIMPLE", "Équipement à tarifs libres (classe B) : verres simples et monture", 2,
                    CoverageBasis.AMOUNT, amount("200.00"), RuleScope.EQUIPMENT, null, amount("420.00"), amount("100.00"),
                    Set.of("OPT-MONTURE-B", "OPT-VERRE-B-SIMPLE")),
            basket("R-DEN-100", 3, "Prothèses 100 % Santé", "DEN-COURONNE-100"),
            new Rule("R-DEN-LIBRE", "Prothèses à tarifs libres", 4, CoverageBasis.PERCENT_OF_BASE, amount("300"),
                    RuleScope.LINE, null, null, null, Set.of("DEN-COURONNE-LIBRE")),
            new Rule("R-DEN-IMPLANT", "Implants dentaires (par an)", 5, CoverageBasis.AMOUNT, amount("600.00"),
                    RuleScope.PERIOD, 12, null, null, Set.of("DEN-IMPLANT")),
            basket("R-AUD-100", 6, "Aides auditives 100 % Santé (classe I)", "AUD-CLASSE-I"),
            hearing("960.00"));

    private static final List<Rule> INTEGRALE = List.of(hearing("1560.00"));

    // --- Optique ---------------------------------------------------------------------------------------

    @Test
    void singleVisionGlassesOfThe100PercentBasketLeaveNothingToPay() {
        Estimate estimate = estimate(CareKind.OPTIQUE, CONFORT, List.of(), ADULT,
                line(QuoteSlot.FRAME, "OPT-MONTURE-A", "30.00"),
                line(QuoteSlot.RIGHT_LENS, "OPT-VERRE-A-SIMPLE", "32.50"),
                line(QuoteSlot.LEFT_LENS, "OPT-VERRE-A-SIMPLE", "32.50"));

        EstimateLine frame = estimate.lines().get(0);
        assertThat(frame.ssAmount()).isEqualByComparingTo("5.40");
        assertThat(frame.mutualAmount()).isEqualByComparingTo("24.60");
        assertThat(estimate.lines().get(1).ssAmount()).isEqualByComparingTo("8.10");
        assertThat(estimate.lines().get(1).mutualAmount()).isEqualByComparingTo("24.40");
        assertThat(estimate.price()).isEqualByComparingTo("95.00");
        assertThat(estimate.ssAmount()).isEqualByComparingTo("21.60");
        assertThat(estimate.mutualAmount()).isEqualByComparingTo("73.40");
        assertThat(estimate.remaining()).isEqualByComparingTo("0.00");
        assertThat(estimate.basket()).isEqualTo(BasketStatus.FULL);
        assertThat(texts(frame)).containsExactly(
                "Vous avez dépensé 30,00 €.",
                "La Sécurité sociale rembourse 60 % de la base de remboursement de 9,00 €, soit 5,40 €.",
                "Cet équipement fait partie du « 100 % Santé » (garantie « Équipement 100 % Santé (classe A) ») : dans les "
                        + "prix fixés, la Sécurité sociale et la mutuelle le remboursent entièrement ; la mutuelle verse 24,60 €.",
                "Il ne vous reste rien à payer.");
    }

    @Test
    void singleVisionGlassesAtFreePricesShareTheEquipmentAmountWithTheFrameCapped() {
        Estimate estimate = estimate(CareKind.OPTIQUE, CONFORT, List.of(), ADULT,
                line(QuoteSlot.FRAME, "OPT-MONTURE-B", "150.00"),
                line(QuoteSlot.RIGHT_LENS, "OPT-VERRE-B-SIMPLE", "120.00"),
                line(QuoteSlot.LEFT_LENS, "OPT-VERRE-B-SIMPLE", "120.00"));

        assertThat(estimate.lines()).extracting(EstimateLine::ssAmount)
                .allSatisfy(ss -> assertThat(ss).isEqualByComparingTo("0.03"));
        assertThat(estimate.lines()).extracting(EstimateLine::mutualAmount).map(BigDecimal::toPlainString)
                .containsExactly("100.00", "100.00", "0.00");
        assertThat(estimate.mutualAmount()).isEqualByComparingTo("200.00");
        assertThat(estimate.remaining()).isEqualByComparingTo("189.91");
        assertThat(estimate.basket()).isEqualTo(BasketStatus.NONE);
        assertThat(texts(estimate.lines().get(0))).contains(
                "Votre garantie « Équipement à tarifs libres (classe B) : verres simples et monture » prévoit jusqu'à 200,00 € "
                        + "en plus de la Sécurité sociale : la mutuelle verse 100,00 €.",
                "La garantie limite la prise en charge de la monture à 100,00 €.",
                "Il vous reste 49,97 € à charge : la part de la dépense au-delà de votre garantie (dépassement d'honoraires "
                        + "ou prix supérieur au plafond).");
        assertThat(texts(estimate.lines().get(2))).contains("Ce montant vaut pour tout l'équipement : il en restait 0,00 € pour cette ligne.");

        Estimate basket = estimate.alternative();
        assertThat(basket.lines()).extracting(l -> l.item().code())
                .containsExactly("OPT-MONTURE-A", "OPT-VERRE-A-SIMPLE", "OPT-VERRE-A-SIMPLE");
        assertThat(basket.price()).isEqualByComparingTo("95.00");
        assertThat(basket.remaining()).isEqualByComparingTo("0.00");
        assertThat(estimate.withoutEquivalent()).isEmpty();
    }

    @Test
    void aContratResponsableCeilingLimitsTheEquipmentSecuriteSocialeIncluded() {
        List<Rule> generous = List.of(new Rule("R-OPT-B-SIMPLE", "Verres simples et monture", 1, CoverageBasis.AMOUNT,
                amount("600.00"), RuleScope.EQUIPMENT, null, amount("420.00"), amount("100.00"),
                Set.of("OPT-MONTURE-B", "OPT-VERRE-B-SIMPLE")));

        Estimate estimate = estimate(CareKind.OPTIQUE, generous, List.of(), ADULT,
                line(QuoteSlot.FRAME, "OPT-MONTURE-B", "100.00"),
                line(QuoteSlot.RIGHT_LENS, "OPT-VERRE-B-SIMPLE", "250.00"),
                line(QuoteSlot.LEFT_LENS, "OPT-VERRE-B-SIMPLE", "250.00"));

        // 420 € for the equipment, Sécurité sociale (3 × 0,03 €) included.
        assertThat(estimate.ssAmount().add(estimate.mutualAmount())).isEqualByComparingTo("420.00");
        assertThat(estimate.lines().get(2).mutualAmount()).isEqualByComparingTo("69.97");
        assertThat(texts(estimate.lines().get(2))).contains(
                "Votre garantie est plafonnée à 420,00 € Sécurité sociale comprise (plafond du contrat responsable).");
    }

    @Test
    void glassesWithinTheRenewalPeriodAreNotCoveredUntilItEnds() {
        List<Used> lastYear = List.of(new Used(GuaranteeCategory.OPTIQUE, "R-OPT-B-SIMPLE", TODAY.minusMonths(10), amount("200.00")));

        Estimate adult = estimate(CareKind.OPTIQUE, CONFORT, lastYear, ADULT,
                line(QuoteSlot.FRAME, "OPT-MONTURE-A", "30.00"),
                line(QuoteSlot.RIGHT_LENS, "OPT-VERRE-A-SIMPLE", "32.50"),
                line(QuoteSlot.LEFT_LENS, "OPT-VERRE-A-SIMPLE", "32.50"));

        assertThat(adult.ssAmount()).isEqualByComparingTo("0.00");
        assertThat(adult.mutualAmount()).isEqualByComparingTo("0.00");
        assertThat(adult.remaining()).isEqualByComparingTo("95.00");
        assertThat(adult.basket()).isEqualTo(BasketStatus.NONE);
        assertThat(texts(adult.lines().get(0))).containsExactly(
                "Vous avez dépensé 30,00 €.",
                "Un équipement a déjà été pris en charge le 16/05/2025 ; il ne peut être renouvelé que tous les 24 mois, "
                        + "donc à partir du 16/05/2027. Avant cette date, ni la Sécurité sociale ni la mutuelle ne le remboursent.",
                "Il vous reste 30,00 € à charge : la totalité, faute de prise en charge avant la date de renouvellement.");

        // Under 16, glasses are renewed every year: 13 months later they are covered again, 6 months later not yet.
        List<Used> thirteenMonths = List.of(new Used(GuaranteeCategory.OPTIQUE, null, TODAY.minusMonths(13), amount("100.00")));
        List<Used> sixMonths = List.of(new Used(GuaranteeCategory.OPTIQUE, null, TODAY.minusMonths(6), amount("100.00")));
        QuoteLine frame = line(QuoteSlot.FRAME, "OPT-MONTURE-A", "30.00");
        assertThat(estimate(CareKind.OPTIQUE, CONFORT, thirteenMonths, CHILD, frame).remaining()).isEqualByComparingTo("0.00");
        assertThat(estimate(CareKind.OPTIQUE, CONFORT, sixMonths, CHILD, frame).remaining()).isEqualByComparingTo("30.00");
    }

    // --- Dentaire ----------------------------------------------------------------------------------------

    @Test
    void aCeramicCrownAtFreePricesIsPaidUpToTheGuaranteesShareOfTheBase() {
        Estimate estimate = estimate(CareKind.DENTAIRE, CONFORT, List.of(), ADULT,
                line(QuoteSlot.FIRST_ACT, "DEN-COURONNE-LIBRE", "800.00"));

        EstimateLine crown = estimate.lines().get(0);
        assertThat(crown.ssBase()).isEqualByComparingTo("120.00");
        assertThat(crown.ssAmount()).isEqualByComparingTo("72.00");
        assertThat(crown.mutualAmount()).isEqualByComparingTo("288.00");
        assertThat(crown.remaining()).isEqualByComparingTo("440.00");
        assertThat(texts(crown)).contains("Votre garantie « Prothèses à tarifs libres » couvre jusqu'à 300 % de la base de "
                + "remboursement, Sécurité sociale comprise, soit 360,00 € : la mutuelle complète jusqu'à ce montant et verse 288,00 €.");
        assertThat(estimate.alternative().lines().get(0).price()).isEqualByComparingTo("500.00");
        assertThat(estimate.alternative().remaining()).isEqualByComparingTo("0.00");
    }

    @Test
    void aCeramoMetallicCrownOfThe100PercentBasketWithinItsFeeLimitLeavesNothingToPay() {
        Estimate estimate = estimate(CareKind.DENTAIRE, CONFORT, List.of(), ADULT,
                line(QuoteSlot.FIRST_ACT, "DEN-COURONNE-100", "500.00"));

        assertThat(estimate.ssAmount()).isEqualByComparingTo("72.00");
        assertThat(estimate.mutualAmount()).isEqualByComparingTo("428.00");
        assertThat(estimate.remaining()).isEqualByComparingTo("0.00");
        assertThat(estimate.basket()).isEqualTo(BasketStatus.FULL);

        Estimate above = estimate(CareKind.DENTAIRE, CONFORT, List.of(), ADULT,
                line(QuoteSlot.FIRST_ACT, "DEN-COURONNE-100", "540.00"));
        assertThat(above.remaining()).isEqualByComparingTo("40.00");
        assertThat(above.basket()).isEqualTo(BasketStatus.NONE);
        assertThat(texts(above.lines().get(0))).contains(
                "Le prix dépasse le prix limite de vente du 100 % Santé (500,00 €) : le dépassement reste à votre charge.");
    }

    @Test
    void anImplantHasNoBaseAndIsPaidWithinTheYearlyCapLessWhatWasUsed() {
        QuoteLine implant = line(QuoteSlot.FIRST_ACT, "DEN-IMPLANT", "1200.00");

        Estimate fresh = estimate(CareKind.DENTAIRE, CONFORT, List.of(), ADULT, implant);
        Estimate afterAnother = estimate(CareKind.DENTAIRE, CONFORT,
                List.of(new Used(GuaranteeCategory.DENTAIRE, "R-DEN-IMPLANT", TODAY.minusMonths(3), amount("450.00")),
                        new Used(GuaranteeCategory.DENTAIRE, "R-DEN-IMPLANT", TODAY.minusMonths(14), amount("600.00"))),
                ADULT, implant);

        assertThat(fresh.ssAmount()).isEqualByComparingTo("0.00");
        assertThat(fresh.mutualAmount()).isEqualByComparingTo("600.00");
        assertThat(texts(fresh.lines().get(0))).contains("Cet acte n'est pas remboursé par la Sécurité sociale.");
        assertThat(afterAnother.mutualAmount()).isEqualByComparingTo("150.00");
        assertThat(afterAnother.remaining()).isEqualByComparingTo("1050.00");
        assertThat(texts(afterAnother.lines().get(0))).contains(
                "Vous avez déjà utilisé 450,00 € de cette garantie depuis le 16/03/2025 : il en restait 150,00 €.");
        assertThat(fresh.alternative()).isNull();
        assertThat(fresh.withoutEquivalent()).containsExactly("Implant dentaire");
    }

    @Test
    void twoImplantsShareTheYearlyCap() {
        Estimate estimate = estimate(CareKind.DENTAIRE, CONFORT, List.of(), ADULT,
                line(QuoteSlot.FIRST_ACT, "DEN-IMPLANT", "1000.00"), line(QuoteSlot.SECOND_ACT, "DEN-IMPLANT", "1000.00"));

        assertThat(estimate.lines()).extracting(EstimateLine::mutualAmount).map(BigDecimal::toPlainString)
                .containsExactly("600.00", "0.00");
    }

    // --- Aides auditives ---------------------------------------------------------------------------------

    @Test
    void aPairOfClassIHearingAidsAtTheirPriceLimitLeavesNothingToPay() {
        Estimate estimate = estimate(CareKind.AIDES_AUDITIVES, CONFORT, List.of(), ADULT,
                line(QuoteSlot.RIGHT_EAR, "AUD-CLASSE-I", "950.00"), line(QuoteSlot.LEFT_EAR, "AUD-CLASSE-I", "950.00"));

        assertThat(estimate.lines()).allSatisfy(ear -> {
            assertThat(ear.ssAmount()).isEqualByComparingTo("240.00");
            assertThat(ear.mutualAmount()).isEqualByComparingTo("710.00");
        });
        assertThat(estimate.remaining()).isEqualByComparingTo("0.00");
        assertThat(estimate.basket()).isEqualTo(BasketStatus.FULL);
    }

    @Test
    void aPairOfClassIIHearingAidsIsCappedAt1700EurosPerEarSecuriteSocialeIncluded() {
        QuoteLine right = line(QuoteSlot.RIGHT_EAR, "AUD-CLASSE-II", "1800.00");
        QuoteLine left = line(QuoteSlot.LEFT_EAR, "AUD-CLASSE-II", "1800.00");

        Estimate confort = estimate(CareKind.AIDES_AUDITIVES, CONFORT, List.of(), ADULT, right, left);
        Estimate integrale = estimate(CareKind.AIDES_AUDITIVES, INTEGRALE, List.of(), ADULT, right, left);

        // "100 % BR + 800 €": the ticket modérateur (160 €) and 800 €, 960 € on top of the Sécurité sociale's 240 €.
        assertThat(confort.mutualAmount()).isEqualByComparingTo("1920.00");
        assertThat(confort.remaining()).isEqualByComparingTo("1200.00");
        assertThat(integrale.lines()).allSatisfy(ear -> {
            assertThat(ear.ssAmount()).isEqualByComparingTo("240.00");
            assertThat(ear.mutualAmount()).isEqualByComparingTo("1460.00");
            assertThat(ear.remaining()).isEqualByComparingTo("100.00");
        });
        assertThat(texts(integrale.lines().get(0))).contains(
                "Votre garantie est plafonnée à 1 700,00 € Sécurité sociale comprise (plafond du contrat responsable).");
        assertThat(confort.alternative().remaining()).isEqualByComparingTo("0.00");
        assertThat(confort.alternative().price()).isEqualByComparingTo("1900.00");
    }

    @Test
    void hearingAidsUnder21HaveTheirOwnBaseAndAreRenewedEveryFourYears() {
        QuoteLine ear = line(QuoteSlot.RIGHT_EAR, "AUD-CLASSE-I", "1400.00");

        Estimate young = estimate(CareKind.AIDES_AUDITIVES, CONFORT, List.of(), CHILD, ear);
        Estimate renewedTooEarly = estimate(CareKind.AIDES_AUDITIVES, CONFORT,
                List.of(new Used(GuaranteeCategory.AIDES_AUDITIVES, null, TODAY.minusYears(3), amount("560.00"))), CHILD, ear);

        assertThat(young.ssAmount()).isEqualByComparingTo("840.00");
        assertThat(young.remaining()).isEqualByComparingTo("0.00");
        assertThat(renewedTooEarly.remaining()).isEqualByComparingTo("1400.00");
    }

    @Test
    void anItemNoRuleOfTheOfferPaysGetsNothingFromTheMutual() {
        Estimate estimate = estimate(CareKind.DENTAIRE, INTEGRALE, List.of(), ADULT,
                line(QuoteSlot.FIRST_ACT, "DEN-COURONNE-LIBRE", "700.00"));

        assertThat(estimate.mutualAmount()).isEqualByComparingTo("0.00");
        assertThat(estimate.remaining()).isEqualByComparingTo("628.00");
        assertThat(texts(estimate.lines().get(0)))
                .contains("Votre garantie ne prévoit pas de prise en charge pour cet acte : la mutuelle ne verse rien.");
    }

    // --- helpers -----------------------------------------------------------------------------------------

    private static Estimate estimate(CareKind kind, List<Rule> rules, List<Used> used, LocalDate birthDate, QuoteLine... lines) {
        return EstimateCalculator.estimate(kind, List.of(lines), CATALOGUE, rules, used, birthDate, TODAY);
    }

    private static QuoteLine line(QuoteSlot slot, String item, String price) {
        return new QuoteLine(slot, item, amount(price), null);
    }

    private static List<String> texts(EstimateLine line) {
        return line.why().stream().map(Sentence::text).map(t -> t.replace('\u00A0', ' ').replace('\u202F', ' ')).toList();
    }

    private static BigDecimal amount(String text) {
        return new BigDecimal(text);
    }

    private static List<Band> glasses(String base, String limit) {
        BigDecimal priceLimit = limit == null ? null : amount(limit);
        return List.of(new Band(0, 15, amount(base), priceLimit, 12), new Band(16, 150, amount(base), priceLimit, 24));
    }

    private static Item item(String code, String label, GuaranteeCategory category, ItemSlot slot, boolean basket,
            String rate, String alternative, List<Band> bands) {
        return new Item(code, label, category, slot, basket, amount(rate), alternative, bands);
    }

    private static Map<String, Item> catalogue(Item... items) {
        Map<String, Item> byCode = new HashMap<>();
        Arrays.stream(items).forEach(i -> byCode.put(i.code(), i));
        return byCode;
    }

    private static Rule basket(String code, int position, String label, String... items) {
        return new Rule(code, label, position, CoverageBasis.FULL_COVERAGE_BASKET, null, RuleScope.LINE, null, null, null,
                Set.of(items));
    }

    private static Rule hearing(String amount) {
        return new Rule("R-AUD-II", "Aides auditives à tarifs libres (classe II), par oreille", 7, CoverageBasis.AMOUNT,
                amount(amount), RuleScope.LINE, null, amount("1700.00"), null, Set.of("AUD-CLASSE-II"));
    }
}
