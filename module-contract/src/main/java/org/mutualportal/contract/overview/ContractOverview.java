package org.mutualportal.contract.overview;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.mutualportal.contract.terms.ContractTerms;
import org.mutualportal.api.member.Beneficiary;
import org.mutualportal.api.member.Member;
import org.mutualportal.api.member.MemberContext;
import org.mutualportal.api.member.Membership;
import org.mutualportal.api.requests.MemberRequest;
import org.mutualportal.api.requests.MemberRequests;
import org.mutualportal.api.time.PortalClock;

/**
 * What "Mon contrat" shows of the selected membership. The subscriber is the member for an individual
 * contract and the employer for a collective one, unless the management system sent another one (a parent
 * subscribing for a student, say).
 */
@ApplicationScoped
public class ContractOverview {

    @PersistenceContext(unitName = "contract")
    EntityManager em;

    @Inject
    MemberContext memberContext;

    @Inject
    MemberRequests requests;

    @Inject
    PortalClock clock;

    public Optional<ContractTerms> terms() {
        return Optional.ofNullable(em.find(ContractTerms.class, memberContext.membershipId()));
    }

    public String subscriberName(Optional<ContractTerms> terms) {
        Membership membership = memberContext.membership();
        return terms.map(ContractTerms::getSubscriberName)
                .orElseGet(() -> membership.isCollective() ? membership.getEmployerName() : memberContext.member().getFullName());
    }

    /** The subscriber's address, or the member's for an individual contract; null when unknown. */
    public String subscriberAddress(Optional<ContractTerms> terms) {
        Optional<String> sent = terms.map(ContractTerms::getSubscriberAddress);
        if (sent.isPresent()) {
            return sent.get();
        }
        Member member = memberContext.member();
        return memberContext.membership().isCollective() || member.getAddress() == null ? null
                : member.getAddress().getOneLine();
    }

    /** The beneficiaries covered today, the member first. */
    public List<? extends Beneficiary> covered() {
        LocalDate today = clock.today();
        return memberContext.beneficiaries().stream()
                .filter(b -> b.getEndDate() == null || b.getEndDate().isAfter(today))
                .toList();
    }

    /** The member's change of payment mode still waiting for the mutual, if any. */
    public Optional<MemberRequest> pendingPaymentChange(Optional<ContractTerms> terms) {
        return terms.map(ContractTerms::getPendingRequestId)
                .map(requests::find)
                .filter(r -> r.getStatus().isOpen());
    }
}
