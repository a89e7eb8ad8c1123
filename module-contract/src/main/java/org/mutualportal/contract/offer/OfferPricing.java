package org.mutualportal.contract.offer;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The monthly price of an offer for a family: each beneficiary pays the band of the age they reach during
 * the year the price applies (the usual rule of French individual health contracts, which keeps a price
 * stable from January to December). An offer without a band for someone's age cannot cover them.
 */
public final class OfferPricing {

    /** One beneficiary's share. */
    public record Share(String beneficiary, int age, BigDecimal monthlyAmount) {
    }

    /** The price of an offer for a family, with each share. */
    public record Quote(BigDecimal monthlyTotal, List<Share> shares) {
    }

    /** Someone to price. */
    public record Person(String name, LocalDate birthDate) {
    }

    private OfferPricing() {
    }

    /** The age reached during the year of {@code on}. */
    public static int ageReachedDuringYear(LocalDate birthDate, LocalDate on) {
        return on.getYear() - birthDate.getYear();
    }

    /**
     * The quote for these people at a date.
     *
     * @return empty when a band is missing for one of them (the offer cannot cover that person)
     */
    public static Optional<Quote> quote(List<OfferPrice> bands, List<Person> people, LocalDate on) {
        List<Share> shares = new ArrayList<>(people.size());
        BigDecimal total = BigDecimal.ZERO;
        for (Person person : people) {
            int age = ageReachedDuringYear(person.birthDate(), on);
            Optional<OfferPrice> band = bands.stream().filter(b -> b.covers(age)).findFirst();
            if (band.isEmpty()) {
                return Optional.empty();
            }
            shares.add(new Share(person.name(), age, band.get().getMonthlyAmount()));
            total = total.add(band.get().getMonthlyAmount());
        }
        return Optional.of(new Quote(total, List.copyOf(shares)));
    }
}
