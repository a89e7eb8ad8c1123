package org.mutualportal.contact.notification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.Map;
import org.mutualportal.api.mail.Outbox;
import org.mutualportal.api.member.Member;
import org.mutualportal.api.member.MemberDirectory;
import org.mutualportal.api.requests.MemberRequest;
import org.mutualportal.api.requests.RequestDesk;
import org.mutualportal.api.requests.RequestStatus;
import org.mutualportal.api.settings.PortalSettings;
import org.mutualportal.spi.RequestStatusChanged;

/**
 * Tells a member by e-mail that staff answered or closed their request. The e-mail carries the request's
 * subject and a link, not the answer: an answer about reimbursements or care is health data, which stays in
 * the portal, behind the member's sign-in. A change that carries a stage (a claim incomplete, paid…) is told by
 * the module that declared the stage, in its own words: a second, generic e-mail would only confuse.
 */
@ApplicationScoped
public class AnswerNotifications {

    @Inject
    RequestDesk desk;

    @Inject
    MemberDirectory members;

    @Inject
    Outbox outbox;

    @Inject
    PortalSettings settings;

    void statusChanged(@Observes RequestStatusChanged change) {
        if (change.stage() != null) {
            return;
        }
        MemberRequest request = desk.find(change.requestId());
        Member member = members.find(request.getMemberId()).orElseThrow();
        if (member.getEmail() == null) {
            return;
        }
        String template = change.status() == RequestStatus.DONE && request.getAnswer() != null ? "contact/answered"
                : change.status() == RequestStatus.CANCELLED ? "contact/cancelled" : "contact/done";
        outbox.queue(member.getEmail(), template, Map.of(
                "firstName", member.getFirstName(),
                "subject", request.getSummary(),
                "link", settings.link("/contact/request.xhtml?id=" + request.getId())));
    }
}
