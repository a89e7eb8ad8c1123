package org.mutualportal.reimbursements.rib;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.mutualportal.api.error.BusinessException;
import org.mutualportal.api.mail.Outbox;
import org.mutualportal.api.member.CollectiveContractGuard;
import org.mutualportal.api.member.Member;
import org.mutualportal.api.member.MemberContext;
import org.mutualportal.api.requests.MemberRequest;
import org.mutualportal.api.requests.MemberRequests;
import org.mutualportal.api.requests.RequestDraft;
import org.mutualportal.api.text.Texts;
import org.mutualportal.api.time.PortalClock;
import org.mutualportal.api.validation.BankAccountCheck;
import org.mutualportal.reimbursements.ReimbursementsModule;

/**
 * The RIB tab: the bank details of the selected membership, and a change — recorded as a request for the
 * management system (it shows in Suivi), kept as pending until the mutual applies it, and confirmed by
 * e-mail without any bank detail in it. For a collective contract the employer usually handles it:
 * {@code portal.reimbursements.rib.collective-guard} (true by default) applies the guard.
 */
@ApplicationScoped
public class RibChanges {

    @PersistenceContext(unitName = "reimbursements")
    EntityManager em;

    @Inject
    MemberContext memberContext;

    @Inject
    MemberRequests requests;

    @Inject
    CollectiveContractGuard guard;

    @Inject
    Outbox outbox;

    @Inject
    PortalClock clock;

    @Inject
    @ConfigProperty(name = "portal.reimbursements.rib.collective-guard", defaultValue = "true")
    boolean guardCollective;

    public Optional<BankDetails> current() {
        return Optional.ofNullable(em.find(BankDetails.class, memberContext.membershipId()));
    }

    public boolean isGuarded() {
        return guardCollective && guard.isCollective();
    }

    /**
     * Records the change asked for.
     *
     * @param holder the account holder's name, stripped; may be {@code null} (refused)
     * @param iban normalized ({@link BankAccountCheck#normalize})
     * @param bic normalized
     * @throws BusinessException on {@code holder} when it is missing, on {@code iban} or {@code bic}
     *         when they are not valid bank details — the BIC of another country than the IBAN's included, which only
     *         both fields together tell
     */
    @Transactional
    public void request(String holder, String iban, String bic) {
        if (guardCollective) {
            guard.check();
        }
        if (holder == null || holder.isBlank()) {
            throw new BusinessException(Texts.SHARED_BUNDLE, "validation.required").on("holder");
        }
        Optional<String> ibanProblem = BankAccountCheck.ibanProblem(iban);
        if (ibanProblem.isPresent()) {
            throw new BusinessException(Texts.SHARED_BUNDLE, ibanProblem.get()).on("iban");
        }
        Optional<String> bicProblem = BankAccountCheck.bicProblem(bic, iban);
        if (bicProblem.isPresent()) {
            throw new BusinessException(Texts.SHARED_BUNDLE, bicProblem.get()).on("bic");
        }
        MemberRequest request = requests.submit(new RequestDraft("reimbursements.rib",
                Texts.of(ReimbursementsModule.BUNDLE, "request.rib.summary", iban.substring(iban.length() - 4), holder), null,
                Json.createObjectBuilder().add("holder", holder).add("iban", iban).add("bic", bic).build().toString()));
        BankDetails details = em.find(BankDetails.class, memberContext.membershipId());
        if (details == null) {
            details = new BankDetails(memberContext.membershipId(), holder, iban, bic, clock.now());
            em.persist(details);
        }
        details.requestChange(holder, iban, bic, clock.now(), request.getId());
        Member member = memberContext.member();
        if (member.getEmail() != null) {
            outbox.queue(member.getEmail(), "reimbursements/rib-change", Map.of("firstName", member.getFirstName()));
        }
    }
}
