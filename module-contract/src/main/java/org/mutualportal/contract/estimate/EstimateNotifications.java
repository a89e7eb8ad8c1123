package org.mutualportal.contract.estimate;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.Map;
import org.mutualportal.api.mail.Outbox;
import org.mutualportal.api.member.Member;
import org.mutualportal.api.member.MemberDirectory;
import org.mutualportal.api.requests.MemberRequest;
import org.mutualportal.api.requests.RequestDesk;
import org.mutualportal.api.settings.PortalSettings;
import org.mutualportal.api.text.Texts;
import org.mutualportal.contract.ContractModule;
import org.mutualportal.contract.request.ContractRequests;
import org.mutualportal.spi.RequestStatusChanged;

/**
 * Tells the member by e-mail where their demande de prise en charge stands each time the management system (or
 * staff) change it while it is at a stage: received, a document missing (with the mutual's reason, so that the
 * member knows what to add), accepted, refused, or closed by staff. Suivi's generic e-mail leaves a change with a
 * stage to the module that declared the stage. The e-mail names the stage and links to the estimate page, where a
 * missing document is added; the amounts stay behind the member's sign-in.
 */
@ApplicationScoped
public class EstimateNotifications {

    @Inject
    RequestDesk desk;

    @Inject
    MemberDirectory members;

    @Inject
    Outbox outbox;

    @Inject
    PortalSettings settings;

    void changed(@Observes RequestStatusChanged change) {
        if (change.stage() == null) {
            return;
        }
        MemberRequest request = desk.find(change.requestId());
        if (!ContractRequests.ESTIMATE.equals(request.getTypeCode())) {
            return;
        }
        Member member = members.find(request.getMemberId()).orElseThrow();
        if (member.getEmail() == null) {
            return;
        }
        outbox.queue(member.getEmail(), "contract/estimate-stage", Map.of(
                "firstName", member.getFirstName(),
                "number", Long.toString(request.getId()),
                "stage", Texts.of(ContractModule.BUNDLE, "request.stage." + change.stage()),
                "status", Texts.shared("request.status." + change.status()),
                "reason", request.getStageReason() == null ? "" : request.getStageReason(),
                "link", settings.link("/contract/estimate.xhtml#request-" + request.getId())));
    }
}
