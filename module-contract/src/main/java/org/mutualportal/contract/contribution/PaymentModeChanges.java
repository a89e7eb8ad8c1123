package org.mutualportal.contract.contribution;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.mutualportal.contract.ContractModule;
import org.mutualportal.contract.request.ContractRequests;
import org.mutualportal.contract.request.FieldProblem;
import org.mutualportal.contract.terms.ContractTerms;
import org.mutualportal.contract.terms.NoticeFrequency;
import org.mutualportal.contract.terms.PaymentMode;
import org.mutualportal.core.banking.BankAccountCheck;
import org.mutualportal.core.member.CollectiveContractGuarded;
import org.mutualportal.core.member.MemberContext;
import org.mutualportal.core.requests.MemberRequest;
import org.mutualportal.core.requests.RequestDraft;
import org.mutualportal.core.shell.PortalSettings;
import org.mutualportal.core.time.PortalClock;
import org.mutualportal.core.web.Texts;

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
    java.util.Optional<String> creditorName;

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

    /** Problems of a change, by field id of the form. */
    public List<FieldProblem> check(PaymentModeChange change) {
        List<FieldProblem> problems = new ArrayList<>();
        if (change.mode() == null || !PaymentMode.SELECTABLE.contains(change.mode())) {
            problems.add(FieldProblem.of("mode", "payment.mode.required"));
        }
        if (change.frequency() == null) {
            problems.add(FieldProblem.of("frequency", "payment.frequency.required"));
        } else if (change.frequency() == NoticeFrequency.MONTHLY && change.mode() != null && !change.isDirectDebit()) {
            problems.add(FieldProblem.of("frequency", "payment.frequency.monthlyDebitOnly"));
        }
        if (change.isDirectDebit()) {
            if (change.debitDay() == null || !debitDays().contains(change.debitDay())) {
                problems.add(FieldProblem.of("debitDay", "payment.debitDay.required"));
            }
            if (change.holder() == null || change.holder().isBlank() || change.holder().length() > 120) {
                problems.add(FieldProblem.of("holder", "payment.holder.required"));
            }
            var ibanProblem = BankAccountCheck.ibanProblem(change.iban());
            if (ibanProblem.isPresent()) {
                problems.add(FieldProblem.core("iban", ibanProblem.get()));
            } else {
                BankAccountCheck.bicProblem(change.bic(), change.iban())
                        .ifPresent(key -> problems.add(FieldProblem.core("bic", key)));
            }
        }
        return problems;
    }

    /**
     * Records the change, kept as pending on the contract until the mutual applies it.
     *
     * @throws IllegalArgumentException when the change breaks a rule (the form checks first)
     */
    @Transactional
    @CollectiveContractGuarded
    public MemberRequest request(PaymentModeChange change) {
        if (!check(change).isEmpty()) {
            throw new IllegalArgumentException("Payment mode change breaks the rules");
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
