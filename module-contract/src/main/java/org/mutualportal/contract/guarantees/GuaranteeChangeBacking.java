package org.mutualportal.contract.guarantees;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.AssertTrue;
import java.util.List;
import java.util.Optional;
import org.mutualportal.contract.ContractModule;
import org.mutualportal.contract.offer.Offers;
import org.mutualportal.contract.request.ContractRequests;
import org.mutualportal.api.requests.MemberRequest;
import org.mutualportal.api.text.FrenchFormats;
import org.mutualportal.api.text.Texts;

/** "Je souhaite faire évoluer mes garanties": the offers side by side, one chosen, a confirmation. */
@Named
@RequestScoped
public class GuaranteeChangeBacking {

    private Optional<MemberRequest> openRequest;

    @Inject
    GuaranteeChanges changes;

    @Inject
    ContractRequests requests;

    private List<Offers.PricedOffer> offers;
    private String chosen;
    @AssertTrue(message = "{org.mutualportal.contract.guarantees.confirm.required}")
    private boolean confirmed;

    public List<Offers.PricedOffer> getOffers() {
        if (offers == null) {
            offers = changes.offers();
        }
        return offers;
    }

    /** The offers the member may choose. */
    public List<Offers.PricedOffer> getChoices() {
        return getOffers().stream().filter(o -> !o.current() && o.quote().isPresent()).toList();
    }

    public String choiceLabel(Offers.PricedOffer offer) {
        return Texts.of(ContractModule.BUNDLE, "guarantees.choiceLabel", offer.offer().getLabel(),
                FrenchFormats.money(offer.quote().orElseThrow().monthlyTotal()));
    }

    public boolean isAnyToMoveTo() {
        return getOffers().stream().anyMatch(o -> !o.current() && o.quote().isPresent());
    }

    public String getEffectiveText() {
        return Texts.of(ContractModule.BUNDLE, "guarantees.effective", FrenchFormats.date(changes.effectiveDate()));
    }

    public MemberRequest getOpenRequest() {
        // Read once per request: the page tests it and shows its date and number.
        if (openRequest == null) {
            openRequest = requests.open(ContractRequests.GUARANTEES);
        }
        return openRequest.orElse(null);
    }

    /** The open request of this kind, as the notice above the form says it. */
    public String getOpenText() {
        MemberRequest open = getOpenRequest();
        return open == null ? null : Texts.of(ContractModule.BUNDLE, "guarantees.open", open.getSummary());
    }

    public String request() {
        MemberRequest request = changes.request(chosen);
        Texts.flash(Texts.of(ContractModule.BUNDLE, "guarantees.sent", request.getId()));
        return "/contract/index.xhtml?faces-redirect=true";
    }

    public String getChosen() {
        return chosen;
    }

    public void setChosen(String chosen) {
        this.chosen = chosen;
    }

    public boolean isConfirmed() {
        return confirmed;
    }

    public void setConfirmed(boolean confirmed) {
        this.confirmed = confirmed;
    }
}
