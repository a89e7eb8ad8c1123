package org.mutualportal.contract.guarantees;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.mutualportal.api.error.BusinessException;
import org.mutualportal.contract.ContractModule;
import org.mutualportal.contract.offer.Offer;
import org.mutualportal.contract.offer.Offers;
import org.mutualportal.contract.overview.ContractOverview;
import org.mutualportal.contract.request.ContractRequests;
import org.mutualportal.contract.request.FormChecks;
import org.mutualportal.contract.terms.ContractTerms;
import org.mutualportal.api.member.CollectiveContractGuarded;
import org.mutualportal.api.member.MemberContext;
import org.mutualportal.api.requests.MemberRequest;
import org.mutualportal.api.requests.RequestDraft;
import org.mutualportal.api.time.PortalClock;
import org.mutualportal.api.text.FrenchFormats;
import org.mutualportal.api.text.Texts;

/**
 * A change of guarantees: the offers the member may move to, priced for their family at the date the rules
 * allow, and the request — one at a time, for an offer they may really move to.
 */
@ApplicationScoped
public class GuaranteeChanges {

    @Inject
    Offers offers;

    @Inject
    ContractOverview overview;

    @Inject
    MemberContext memberContext;

    @Inject
    ContractRequests requests;

    @Inject
    PortalClock clock;

    @Inject
    @ConfigProperty(name = "portal.contract.guarantees.minimum-months", defaultValue = "12")
    int minimumMonths;

    /** The first date new guarantees may start. */
    public LocalDate effectiveDate() {
        LocalDate since = overview.terms().map(ContractTerms::getGuaranteesSince)
                .orElse(memberContext.membership().getStartDate());
        return GuaranteeChangeRules.earliestChange(since, clock.today(), minimumMonths);
    }

    /** The offers side by side, priced at the effective date. */
    public List<Offers.PricedOffer> offers() {
        return offers.comparable(effectiveDate());
    }

    /**
     * Records the change.
     *
     * @throws BusinessException when a change is already waiting for the mutual, or on {@code chosen} when the
     *         offer is not one the member may move to (the current one, one that cannot cover the family)
     */
    @Transactional
    @CollectiveContractGuarded
    public MemberRequest request(String offerCode) {
        if (requests.open(ContractRequests.GUARANTEES).isPresent()) {
            throw new BusinessException(ContractModule.BUNDLE, "guarantees.alreadyOpen");
        }
        LocalDate effective = effectiveDate();
        Offers.PricedOffer priced = offers.comparable(effective).stream()
                .filter(p -> p.offer().getCode().equals(offerCode) && !p.current() && p.quote().isPresent())
                .findFirst()
                .orElseThrow(() -> FormChecks.refusal("chosen", "guarantees.choose"));
        Offer offer = priced.offer();
        String from = memberContext.membership().getOfferLabel();
        String price = FrenchFormats.money(priced.quote().get().monthlyTotal());
        return requests.submit(new RequestDraft(ContractRequests.GUARANTEES,
                Texts.of(ContractModule.BUNDLE, "guarantees.summary", from, offer.getLabel(), FrenchFormats.date(effective)),
                Texts.of(ContractModule.BUNDLE, "guarantees.details", from, offer.getLabel(), FrenchFormats.date(effective), price),
                Json.createObjectBuilder()
                        .add("membershipNumber", memberContext.membership().getMembershipNumber())
                        .add("fromOffer", memberContext.membership().getOfferCode())
                        .add("toOffer", offer.getCode())
                        .add("effectiveDate", effective.toString())
                        .add("monthlyPrice", priced.quote().get().monthlyTotal())
                        .build().toString()), List.of());
    }
}
