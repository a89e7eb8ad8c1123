package org.mutualportal.contract.contribution;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.mutualportal.api.error.BusinessException;
import org.mutualportal.api.member.CollectiveContractGuarded;
import org.mutualportal.api.member.MemberContext;
import org.mutualportal.api.requests.MemberRequest;
import org.mutualportal.api.requests.RequestDraft;
import org.mutualportal.api.settings.PortalSettings;
import org.mutualportal.api.text.Texts;
import org.mutualportal.api.time.PortalClock;
import org.mutualportal.api.validation.BankAccountCheck;
import org.mutualportal.contract.ContractModule;
import org.mutualportal.contract.request.ContractRequests;
import org.mutualportal.contract.request.FormChecks;
import org.mutualportal.contract.terms.ContractTerms;
import org.mutualportal.contract.terms.NoticeFrequency;
import org.mutualportal.contract.terms.PaymentMode;

/**
 * A change of how contributions are paid. A direct debit needs an IBAN, a BIC and the member's consent to a
 * SEPA mandate naming the mutual as creditor (its identifier, ICS, from {@code portal.contract.sepa.*});
 * the mandate gets its reference here and travels to the management system with the request. Monthly
 * calls are only paid by direct debit — a cheque a month is nobody's wish.
 */
@ApplicationScoped
public class PaymentModeChanges {

    @PersistenceContext(unitName = "contract")
    EntityManager em;

    @Inject
    MemberContext memberContext;

    @Inject
    ContractRequests requests;

    @Inject
    PortalClock clock;

    @Inject
    @ConfigProperty(name = "portal.contract.sepa.creditor-name")
    Optional<String> creditorName;

    @Inject
    PortalSettings settings;

    @Inject
    @ConfigProperty(name = "portal.contract.sepa.creditor-id", defaultValue = "FR12ZZZ123456")
    String creditorId;

    @Inject
    @ConfigProperty(name = "portal.contract.debit-days", defaultValue = "5,10")
    String debitDays;

    /** The creditor the mandate names: the mutual itself unless its collections go through another entity. */
    public String creditorName() {
        return creditorName.filter(n -> !n.isBlank()).orElseGet(settings::getMutualName);
    }

    public String creditorId() {
        return creditorId;
    }

    public List<Integer> debitDays() {
        return Arrays.stream(debitDays.split(",")).map(String::strip).map(Integer::valueOf).toList();
    }

    /**
     * The first rule a change breaks, on the form's property concerned. The form has checked the IBAN and the BIC as
     * typed; what depends on the mode (a monthly call paid by direct debit only, the debit's day, holder and
     * account, a BIC of the IBAN's country) is checked here.
     *
     * @return the refusal, or empty when the change may be requested
     */
    private Optional<BusinessException> problem(PaymentModeChange change) {
        if (change.mode() == null || !PaymentMode.selectable().contains(change.mode())) {
            return Optional.of(FormChecks.refusal("mode", "payment.mode.required"));
        }
        if (change.frequency() == null) {
            return Optional.of(FormChecks.refusal("frequency", "payment.frequency.required"));
        }
        if (change.frequency() == NoticeFrequency.MONTHLY && !change.isDirectDebit()) {
            return Optional.of(FormChecks.refusal("frequency", "payment.frequency.monthlyDebitOnly"));
        }
        if (!change.isDirectDebit()) {
            return Optional.empty();
        }
        if (change.debitDay() == null || !debitDays().contains(change.debitDay())) {
            return Optional.of(FormChecks.refusal("debitDay", "payment.debitDay.required"));
        }
        if (change.holder() == null || change.holder().isBlank() || change.holder().length() > ContractTerms.HOLDER_LENGTH) {
            return Optional.of(FormChecks.refusal("holder", "payment.holder.required", ContractTerms.HOLDER_LENGTH));
        }
        Optional<String> bank = BankAccountCheck.ibanProblem(change.iban());
        if (bank.isPresent()) {
            return Optional.of(FormChecks.sharedRefusal("iban", bank.get()));
        }
        return BankAccountCheck.bicProblem(change.bic(), change.iban())
                .map(key -> FormChecks.sharedRefusal("bic", key));
    }

    /**
     * Records the change, kept as pending on the contract until the mutual applies it.
     *
     * @throws BusinessException the first rule the change breaks (see {@link #problem})
     */
    @Transactional
    @CollectiveContractGuarded
    public MemberRequest request(PaymentModeChange change) {
        Optional<BusinessException> problem = problem(change);
        if (problem.isPresent()) {
            throw problem.get();
        }
        String mode = Texts.of(ContractModule.BUNDLE, "payment.mode." + change.mode());
        String frequency = Texts.of(ContractModule.BUNDLE, "payment.frequency." + change.frequency());
        JsonObjectBuilder payload = Json.createObjectBuilder()
                .add("membershipNumber", memberContext.membership().getMembershipNumber())
                .add("mode", change.mode().name())
                .add("frequency", change.frequency().name());
        String summary;
        if (change.isDirectDebit()) {
            String mandate = SepaMandate.newReference(memberContext.membership().getMembershipNumber(), clock.today());
            payload.add("debitDay", change.debitDay()).add("holder", change.holder()).add("iban", change.iban())
                    .add("bic", change.bic()).add("mandateReference", mandate)
                    .add("mandateSignedOn", clock.today().toString()).add("creditorId", creditorId);
            summary = Texts.of(ContractModule.BUNDLE, "payment.summary.debit", frequency,
                    change.iban().substring(change.iban().length() - 4), mandate);
        } else {
            summary = Texts.of(ContractModule.BUNDLE, "payment.summary", mode, frequency);
        }
        MemberRequest request = requests.submit(new RequestDraft(ContractRequests.PAYMENT_MODE, summary, null,
                payload.build().toString()), List.of());
        ContractTerms terms = em.find(ContractTerms.class, memberContext.membershipId());
        if (terms == null) {
            terms = new ContractTerms(memberContext.membershipId());
            em.persist(terms);
        }
        terms.setPendingRequestId(request.getId());
        return request;
    }
}
