package org.mutualportal.contract.beneficiary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.mutualportal.contract.ContractModule;
import org.mutualportal.contract.request.ContractRequests;
import org.mutualportal.contract.request.FieldProblem;
import org.mutualportal.core.address.EmailAddresses;
import org.mutualportal.core.address.FrenchPhones;
import org.mutualportal.core.member.Beneficiary;
import org.mutualportal.core.member.CollectiveContractGuarded;
import org.mutualportal.core.member.MemberContext;
import org.mutualportal.core.member.SocialSecurityNumber;
import org.mutualportal.core.requests.MemberRequest;
import org.mutualportal.core.requests.RequestDraft;
import org.mutualportal.core.web.Texts;

/**
 * A beneficiary's details and the change of them. Always through {@link MemberContext#beneficiary(long)}: a
 * beneficiary of another membership answers 404.
 */
@ApplicationScoped
public class BeneficiaryDetails {

    @PersistenceContext(unitName = "contract")
    EntityManager em;

    @Inject
    MemberContext memberContext;

    @Inject
    Enrolments enrolments;

    @Inject
    ContractRequests requests;

    public Beneficiary find(long id) {
        return memberContext.beneficiary(id);
    }

    public Optional<BeneficiaryContact> contact(long beneficiaryId) {
        return Optional.ofNullable(em.find(BeneficiaryContact.class, find(beneficiaryId).getId()));
    }

    /** How the beneficiary is attached to the Sécurité sociale, as the member's NIR tells. */
    public SocialSecurityAttachment attachment(Beneficiary beneficiary) {
        String insured = beneficiary.getAttachedToNir();
        if (insured == null || insured.equals(beneficiary.getNir())) {
            return SocialSecurityAttachment.OWN;
        }
        return insured.equals(enrolments.memberNir()) ? SocialSecurityAttachment.MEMBER : SocialSecurityAttachment.OTHER_INSURED;
    }

    /** Problems of a change, by field (the form's ids). */
    public List<FieldProblem> check(Beneficiary beneficiary, BeneficiaryChange change) {
        List<FieldProblem> problems = new ArrayList<>();
        if (change.email() != null && !EmailAddresses.isValid(change.email())) {
            problems.add(FieldProblem.of("email", "beneficiary.email.invalid"));
        }
        if (change.mobilePhone() != null && FrenchPhones.normalize(change.mobilePhone()).isEmpty()) {
            problems.add(FieldProblem.of("mobile", "beneficiary.phone.invalid"));
        }
        if (change.attachment() == SocialSecurityAttachment.OWN) {
            SocialSecurityNumber.problem(change.nir(), beneficiary.getBirthDate())
                    .ifPresent(key -> problems.add(FieldProblem.core("nir", key)));
        } else if (change.attachment() == SocialSecurityAttachment.OTHER_INSURED) {
            SocialSecurityNumber.problem(change.otherNir(), null)
                    .ifPresent(key -> problems.add(FieldProblem.core("otherNir", key)));
        } else if (change.attachment() == SocialSecurityAttachment.MEMBER && enrolments.memberNir() == null) {
            problems.add(FieldProblem.of("attachment", "enrol.attachment.memberUnknown"));
        }
        return problems;
    }

    /** Records the change for the mutual; the beneficiary shows it once the management system sends it back. */
    @Transactional
    @CollectiveContractGuarded
    public MemberRequest requestChange(long beneficiaryId, BeneficiaryChange change) {
        Beneficiary beneficiary = find(beneficiaryId);
        if (!check(beneficiary, change).isEmpty()) {
            throw new IllegalArgumentException("Change breaks the rules");
        }
        JsonObjectBuilder payload = Json.createObjectBuilder()
                .add("beneficiary", beneficiary.getExternalId());
        if (change.email() != null) {
            payload.add("email", EmailAddresses.normalize(change.email()));
        }
        if (change.mobilePhone() != null) {
            payload.add("mobilePhone", FrenchPhones.normalize(change.mobilePhone()).orElseThrow());
        }
        if (change.attachment() != null) {
            payload.add("attachment", change.attachment().name());
            String insured = switch (change.attachment()) {
                case OWN -> change.nir();
                case MEMBER -> enrolments.memberNir();
                case OTHER_INSURED -> change.otherNir();
            };
            payload.add("insuredNir", insured);
        }
        return requests.submit(new RequestDraft(ContractRequests.BENEFICIARY_CHANGE,
                Texts.of(ContractModule.BUNDLE, "beneficiary.change.summary", beneficiary.getFullName()), null,
                payload.build().toString()), List.of());
    }
}
