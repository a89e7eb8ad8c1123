package org.mutualportal.contract.request;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.mutualportal.api.mail.Outbox;
import org.mutualportal.api.member.Member;
import org.mutualportal.api.member.MemberContext;
import org.mutualportal.api.requests.MemberRequest;
import org.mutualportal.api.requests.MemberRequests;
import org.mutualportal.api.requests.RequestDraft;
import org.mutualportal.api.requests.UploadedFiles;
import org.mutualportal.api.time.PortalClock;
import org.mutualportal.api.text.FrenchFormats;

/**
 * Every action on the contract ends the same way: a request the mutual's staff handle (and the management
 * system receives), its supporting documents, and an e-mail saying it arrived — without its content, since
 * an e-mail is not a safe place for family or bank details.
 */
@ApplicationScoped
public class ContractRequests {

    /** The request types of the module. */
    public static final String BENEFICIARY_ADD = "contract.beneficiary.add";
    public static final String BENEFICIARY_CHANGE = "contract.beneficiary.change";
    public static final String GUARANTEES = "contract.guarantees";
    public static final String TERMINATION = "contract.termination";
    public static final String PAYMENT_MODE = "contract.payment-mode";
    /** "Demande de prise en charge": a quote sent with its estimate; the management system reports its stages. */
    public static final String ESTIMATE = "contract.estimate";

    /** The stage of a demande de prise en charge the mutual cannot decide without a document from the member. */
    public static final String ESTIMATE_INCOMPLETE = "INCOMPLETE";

    @Inject
    MemberRequests requests;

    @Inject
    MemberContext memberContext;

    @Inject
    Outbox outbox;

    @Inject
    PortalClock clock;

    /** The member's open request of a type, for "one at a time". */
    public Optional<MemberRequest> open(String type) {
        return requests.openOfType(type).filter(r -> r.getMembershipId().equals(memberContext.membershipId()));
    }

    /** Records the request with its files and queues the confirmation, in the caller's transaction. */
    @Transactional(Transactional.TxType.MANDATORY)
    public MemberRequest submit(RequestDraft draft, List<UploadedFiles.Accepted> files) {
        MemberRequest request = requests.submit(draft);
        for (UploadedFiles.Accepted file : files) {
            requests.attach(request, file.name(), file.content());
        }
        Member member = memberContext.member();
        if (member.getEmail() != null) {
            outbox.queue(member.getEmail(), "contract/request-received", Map.of(
                    "firstName", member.getFirstName(),
                    "request", requests.typeLabel(request),
                    "estimated", FrenchFormats.date(request.getEstimatedDate())));
        }
        return request;
    }
}
