package org.mutualportal.contract.offer;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class OfferPricingTest {

    private static final List<OfferPrice> BANDS = List.of(
            new OfferPrice("X", 0, 19, new BigDecimal("18.50")),
            new OfferPrice("X", 20, 59, new BigDecimal("41.20")),
            new OfferPrice("X", 60, 120, new BigDecimal("68.30")));

    @Test
    void eachPersonPaysTheBandOfTheAgeReachedDuringTheYear() {
        List<OfferPricing.Person> family = List.of(
                new OfferPricing.Person("Marie", LocalDate.of(1978, 3, 14)),
                new OfferPricing.Person("Léa", LocalDate.of(2006, 12, 31)),
                new OfferPricing.Person("Hugo", LocalDate.of(2014, 9, 5)));

        OfferPricing.Quote quote = OfferPricing.quote(BANDS, family, LocalDate.of(2026, 1, 1)).orElseThrow();

        assertThat(quote.shares()).extracting(OfferPricing.Share::age).containsExactly(48, 20, 12);
        assertThat(quote.monthlyTotal()).isEqualByComparingTo("100.90");
        assertThat(quote.monthlyTotal().scale()).isEqualTo(2);
    }

    @Test
    void anOfferWithoutABandForSomeoneCannotCoverTheFamily() {
        List<OfferPrice> youngOnly = List.of(new OfferPrice("Y", 0, 59, BigDecimal.TEN));
        assertThat(OfferPricing.quote(youngOnly, List.of(new OfferPricing.Person("Jean", LocalDate.of(1950, 1, 1))),
                LocalDate.of(2026, 1, 1))).isEmpty();
        assertThat(OfferPricing.quote(youngOnly, List.of(), LocalDate.of(2026, 1, 1)).orElseThrow().monthlyTotal())
                .isEqualByComparingTo("0");
    }
}
