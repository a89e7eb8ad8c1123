package org.mutualportal.contract.overview;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Optional;
import org.mutualportal.contract.ContractModule;
import org.mutualportal.contract.contribution.Contribution;
import org.mutualportal.contract.contribution.Contributions;
import org.mutualportal.contract.offer.Offer;
import org.mutualportal.contract.offer.Offers;
import org.mutualportal.contract.terms.ContractTerms;
import org.mutualportal.api.member.Beneficiary;
import org.mutualportal.api.member.MemberContext;
import org.mutualportal.api.member.Membership;
import org.mutualportal.api.modules.Modules;
import org.mutualportal.api.requests.MemberRequest;
import org.mutualportal.api.requests.MemberRequests;
import org.mutualportal.api.text.FrenchFormats;
import org.mutualportal.api.text.Texts;

/**
 * "Mon contrat" as the guide shows it: Informations générales, Actions sur mon contrat, Mes cotisations,
 * Bénéficiaires, Consulter les documents de couverture — and, for the dashboard, the "Mon contrat" widget.
 * Each value is read once per request.
 */
@Named
@RequestScoped
public class ContractBacking {

    @Inject
    ContractOverview overview;

    @Inject
    Offers offers;

    @Inject
    Contributions contributions;

    @Inject
    MemberContext memberContext;

    @Inject
    MemberRequests requests;

    @Inject
    Modules modules;

    private Optional<ContractTerms> terms;
    private Optional<Offer> offer;
    private Optional<Contribution> next;
    private List<? extends Beneficiary> covered;
    private Long openRequests;
    private Optional<MemberRequest> pendingPaymentChange;

    public Membership getMembership() {
        return memberContext.membership();
    }

    public ContractTerms getTerms() {
        return terms().orElse(null);
    }

    private Optional<ContractTerms> terms() {
        if (terms == null) {
            terms = overview.terms();
        }
        return terms;
    }

    /** The offer's label from the catalogue, or the one the membership carries. */
    public String getOfferLabel() {
        if (offer == null) {
            offer = offers.current();
        }
        return offer.map(Offer::getLabel).orElse(getMembership().getOfferLabel());
    }

    public boolean isCatalogued() {
        getOfferLabel();
        return offer.isPresent();
    }

    public String getSubscriberName() {
        return overview.subscriberName(terms());
    }

    public String getSubscriberAddress() {
        return overview.subscriberAddress(terms());
    }

    public List<? extends Beneficiary> getBeneficiaries() {
        if (covered == null) {
            covered = overview.covered();
        }
        return covered;
    }

    public int getBeneficiaryCount() {
        return getBeneficiaries().size();
    }

    public Contribution getNext() {
        if (next == null) {
            next = contributions.next();
        }
        return next.orElse(null);
    }

    public MemberRequest getPendingPaymentChange() {
        // Read once per request: the page asks for it in a rendered test and again for its text.
        if (pendingPaymentChange == null) {
            pendingPaymentChange = overview.pendingPaymentChange(terms());
        }
        return pendingPaymentChange.orElse(null);
    }

    /** How many of the member's requests are still open, with a link to Suivi when the contact module runs. */
    public long getOpenRequests() {
        if (openRequests == null) {
            openRequests = requests.countOpen();
        }
        return openRequests;
    }

    public boolean isHistoryAvailable() {
        return modules.isEnabled("contact");
    }

    public String getCollectiveText() {
        return Texts.of(ContractModule.BUNDLE, "contract.collective", getMembership().getEmployerName());
    }

    public String getOpenRequestsText() {
        return Texts.of(ContractModule.BUNDLE, "contract.openRequests", getOpenRequests());
    }

    public String getPendingPaymentText() {
        MemberRequest pending = getPendingPaymentChange();
        return pending == null ? null : Texts.of(ContractModule.BUNDLE, "contract.pendingPayment", FrenchFormats.dateTime(pending.getCreatedAt()));
    }
}
