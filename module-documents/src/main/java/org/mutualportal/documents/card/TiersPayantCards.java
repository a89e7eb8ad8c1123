package org.mutualportal.documents.card;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Locale;
import java.util.Optional;
import org.mutualportal.api.member.Beneficiary;
import org.mutualportal.api.member.MemberContext;
import org.mutualportal.api.member.Membership;
import org.mutualportal.api.settings.PortalSettings;
import org.mutualportal.api.time.PortalClock;
import org.mutualportal.documents.card.TiersPayantCard.Holder;
import org.mutualportal.documents.coverage.CoverageRules;
import org.mutualportal.documents.coverage.CoverageRules.Period;

/**
 * The tiers-payant card of the membership selected in the header. A card exists only for an open contract
 * and its validity follows the contract's within the civil year ({@link CoverageRules#cardValidity}); it
 * lists the persons covered some day of that validity.
 */
@ApplicationScoped
public class TiersPayantCards {

    @Inject
    MemberContext memberContext;

    @Inject
    PortalClock clock;

    @Inject
    PortalSettings settings;

    @Inject
    CardSettings cardSettings;

    /** The card, when the contract allows one. */
    public Optional<TiersPayantCard> current() {
        return validity().map(validity -> card(memberContext.membership(), validity));
    }

    /** The validity a card of the selected membership has today, when it may have one. */
    public Optional<Period> validity() {
        Membership membership = memberContext.membership();
        return CoverageRules.cardValidity(membership.getState(), membership.getStartDate(), membership.getEndDate(), clock.today());
    }

    /** Why there is no card (a key of the bundle), when there is none. */
    public Optional<String> unavailableReason() {
        Membership membership = memberContext.membership();
        return CoverageRules.cardUnavailableReason(membership.getState(), membership.getStartDate(), membership.getEndDate(),
                clock.today());
    }

    private TiersPayantCard card(Membership membership, Period validity) {
        return new TiersPayantCard(settings.getMutualName(), cardSettings.amcNumber(), memberContext.member().getFullName(),
                membership.getMembershipNumber(), membership.getContractNumber(), membership.getOfferLabel(), validity,
                memberContext.beneficiaries().stream()
                        .filter(b -> CoverageRules.coveredDuring(b.getStartDate(), b.getEndDate(), validity))
                        .map(TiersPayantCards::holder)
                        .toList(),
                cardSettings.domains());
    }

    private static Holder holder(Beneficiary b) {
        return new Holder(b.getLastName().toUpperCase(Locale.FRANCE), b.getFirstName(), b.getBirthDate(),
                b.getNir() != null ? b.getNir() : b.getAttachedToNir(), b.getRelationship().name());
    }
}
