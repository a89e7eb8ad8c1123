package org.mutualportal.contract.offer;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.mutualportal.api.member.MemberContext;
import org.mutualportal.api.member.Membership;
import org.mutualportal.api.web.NotFoundException;

/**
 * The catalogue as the current member may see it: the offer of the selected membership, and the offers of
 * the same kind (individual or collective) open to a change, priced for the membership's beneficiaries.
 * An offer outside that list answers 404, like any other member's data.
 */
@ApplicationScoped
public class Offers {

    @PersistenceContext(unitName = "contract")
    EntityManager em;

    @Inject
    MemberContext memberContext;

    /** An offer with what the pages show of it, priced for the family (quote empty when it cannot cover someone). */
    public record PricedOffer(Offer offer, boolean current, Optional<OfferPricing.Quote> quote) {

        public Offer getOffer() {
            return offer;
        }

        public boolean isCurrent() {
            return current;
        }

        public OfferPricing.Quote getQuote() {
            return quote.orElse(null);
        }
    }

    /** The offer of the selected membership, when the catalogue has it. */
    public Optional<Offer> current() {
        return Optional.ofNullable(em.find(Offer.class, memberContext.membership().getOfferCode()));
    }

    /** The name of the selected membership's offer: the catalogue's, or the one the membership carries. */
    public String currentLabel() {
        return current().map(Offer::getLabel).orElseGet(() -> memberContext.membership().getOfferLabel());
    }

    /**
     * An offer the current member may look at: theirs, or one they may move to.
     *
     * @throws NotFoundException otherwise
     */
    public Offer visible(String code) {
        Membership membership = memberContext.membership();
        Offer offer = code == null ? null : em.find(Offer.class, code);
        if (offer == null || offer.getKind() != membership.getKind()
                || !(offer.isOpenToChange() || offer.getCode().equals(membership.getOfferCode()))) {
            throw new NotFoundException();
        }
        return offer;
    }

    /** The current offer and those the member may move to, lowest cover first, priced at {@code on}. */
    public List<PricedOffer> comparable(LocalDate on) {
        Membership membership = memberContext.membership();
        List<Offer> offers = em.createQuery("""
                select o from Offer o where o.kind = :kind and (o.openToChange = true or o.code = :current)
                order by o.rank, o.label""", Offer.class)
                .setParameter("kind", membership.getKind())
                .setParameter("current", membership.getOfferCode())
                .getResultList();
        if (offers.isEmpty()) {
            return List.of();
        }
        Map<String, List<OfferPrice>> bands = em.createQuery(
                "select p from OfferPrice p where p.offerCode in :codes order by p.minAge", OfferPrice.class)
                .setParameter("codes", offers.stream().map(Offer::getCode).toList())
                .getResultStream()
                .collect(Collectors.groupingBy(OfferPrice::getOfferCode));
        List<OfferPricing.Person> family = family(on);
        return offers.stream()
                .map(o -> new PricedOffer(o, o.getCode().equals(membership.getOfferCode()),
                        OfferPricing.quote(bands.getOrDefault(o.getCode(), List.of()), family, on)))
                .toList();
    }

    /** The beneficiaries covered at a date, as people to price. */
    public List<OfferPricing.Person> family(LocalDate on) {
        return memberContext.beneficiaries().stream()
                .filter(b -> b.getEndDate() == null || b.getEndDate().isAfter(on))
                .map(b -> new OfferPricing.Person(b.getFullName(), b.getBirthDate()))
                .toList();
    }

    /** The table of guarantees of an offer, by heading in the agreed order. */
    public Map<GuaranteeCategory, List<Guarantee>> guarantees(String offerCode) {
        Map<GuaranteeCategory, List<Guarantee>> byCategory = new EnumMap<>(GuaranteeCategory.class);
        em.createQuery("select g from Guarantee g where g.offerCode = :offer order by g.position", Guarantee.class)
                .setParameter("offer", offerCode)
                .getResultStream()
                .sorted(Comparator.comparing(Guarantee::getCategory).thenComparingInt(Guarantee::getPosition))
                .forEach(g -> byCategory.computeIfAbsent(g.getCategory(), c -> new java.util.ArrayList<>()).add(g));
        return new LinkedHashMap<>(byCategory);
    }

    public List<ReimbursementExample> examples(String offerCode) {
        return em.createQuery("select e from ReimbursementExample e where e.offerCode = :offer order by e.position",
                ReimbursementExample.class).setParameter("offer", offerCode).getResultList();
    }
}
