package fr.mutuelle.prevoyance.clause;

import fr.mutuelle.prevoyance.PrevoyanceModule;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.transaction.Transactional;
import java.util.Map;
import org.mutualportal.api.error.BusinessException;
import org.mutualportal.api.mail.Outbox;
import org.mutualportal.api.member.Member;
import org.mutualportal.api.member.MemberContext;
import org.mutualportal.api.requests.MemberRequest;
import org.mutualportal.api.requests.MemberRequests;
import org.mutualportal.api.requests.RequestDraft;
import org.mutualportal.api.text.Texts;

/**
 * The clause bénéficiaire request: recorded in Suivi for the management system (which holds the contract and
 * writes the clause into it), one pending at a time, confirmed by e-mail in the same transaction.
 *
 * <p>Not guarded for collective contracts: the designation of beneficiaries is the member's own right, even
 * when the employer holds the contract.
 */
@ApplicationScoped
public class Clauses {

    @Inject
    MemberRequests requests;

    @Inject
    MemberContext memberContext;

    @Inject
    Outbox outbox;

    @Transactional
    public MemberRequest designate(ClauseForm form) {
        if (form.getChoice() == ClauseForm.Choice.CUSTOM && (form.getWording() == null || form.getWording().isBlank())) {
            throw new BusinessException(PrevoyanceModule.BUNDLE, "clause.wording.required").on("wording");
        }
        if (requests.openOfType(PrevoyanceModule.CLAUSE_REQUEST).isPresent()) {
            throw new BusinessException(PrevoyanceModule.BUNDLE, "clause.pending");
        }
        String wording = form.getChoice() == ClauseForm.Choice.STANDARD
                ? Texts.of(PrevoyanceModule.BUNDLE, "clause.standard.text") : form.getWording().strip();
        MemberRequest request = requests.submit(new RequestDraft(PrevoyanceModule.CLAUSE_REQUEST,
                Texts.of(PrevoyanceModule.BUNDLE, "clause.summary." + form.getChoice()), wording,
                Json.createObjectBuilder().add("choice", form.getChoice().name()).add("wording", wording).build().toString()));
        Member member = memberContext.member();
        if (member.getEmail() != null) {
            outbox.queue(member.getEmail(), "prevoyance/clause-received", Map.of("firstName", member.getFirstName(),
                    "number", request.getId().toString()));
        }
        return request;
    }
}
