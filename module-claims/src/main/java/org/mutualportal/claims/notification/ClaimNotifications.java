package org.mutualportal.claims.notification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import org.mutualportal.api.mail.Outbox;
import org.mutualportal.api.member.Member;
import org.mutualportal.api.member.MemberDirectory;
import org.mutualportal.api.requests.MemberRequest;
import org.mutualportal.api.requests.RequestDesk;
import org.mutualportal.api.settings.PortalSettings;
import org.mutualportal.claims.claim.Claim;
import org.mutualportal.claims.claim.ClaimStage;
import org.mutualportal.spi.RequestStatusChanged;

/**
 * Follows the stages the management system (or staff) reports on claims: the claim keeps its stage for the dashboard,
 * and the member is told by e-mail, in the same transaction as the change, when the mutual waits for a proof (with
 * the mutual's reason: what is missing), when the claim is refused and when it is paid — and when staff close a claim
 * that is at a stage, which Suivi's own e-mail leaves to the module that declared the stage. The e-mail carries the
 * claim's number and a link, not amounts or care: those stay behind the member's sign-in.
 */
@ApplicationScoped
public class ClaimNotifications {

    @PersistenceContext(unitName = "claims")
    EntityManager em;

    @Inject
    RequestDesk desk;

    @Inject
    MemberDirectory members;

    @Inject
    Outbox outbox;

    @Inject
    PortalSettings settings;

    void changed(@Observes RequestStatusChanged change) {
        Claim claim = em.find(Claim.class, change.requestId());
        if (claim == null) {
            return; // another module's request
        }
        boolean stageChanged = !Objects.equals(claim.getStage(), change.stage());
        if (stageChanged) {
            claim.stageReported(change.stage());
        }
        // An incomplete claim told again while open carries a new reason (the same one sends no event at all). Staff
        // closing a claim keep its stage: that is not the stage's news, but the claim's end.
        boolean news = stageChanged || ClaimStage.INCOMPLETE.is(change.stage()) && change.status().isOpen();
        String template = news ? template(change.stage())
                : change.stage() != null && !change.status().isOpen() ? "claims/closed" : null;
        if (template == null) {
            return;
        }
        Member member = members.find(claim.getMemberId()).orElseThrow();
        if (member.getEmail() == null) {
            return;
        }
        MemberRequest request = desk.find(change.requestId());
        Map<String, String> values = new HashMap<>();
        values.put("firstName", member.getFirstName());
        values.put("number", request.getId().toString());
        values.put("reason", request.getStageReason() == null ? "" : request.getStageReason());
        values.put("link", settings.link("/claims/claim.xhtml?id=" + request.getId()));
        outbox.queue(member.getEmail(), template, values);
    }

    private static String template(String stage) {
        if (ClaimStage.INCOMPLETE.is(stage)) {
            return "claims/incomplete";
        }
        if (ClaimStage.REFUSED.is(stage)) {
            return "claims/refused";
        }
        if (ClaimStage.PAID.is(stage)) {
            return "claims/paid";
        }
        return null;
    }
}
