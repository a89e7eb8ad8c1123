package org.mutualportal.contract.beneficiary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
import org.mutualportal.api.error.BusinessException;
import org.mutualportal.api.member.Beneficiary;
import org.mutualportal.api.member.CollectiveContractGuarded;
import org.mutualportal.api.member.MemberContext;
import org.mutualportal.api.requests.MemberRequest;
import org.mutualportal.api.requests.RequestDraft;
import org.mutualportal.api.text.Texts;
import org.mutualportal.api.validation.EmailAddresses;
import org.mutualportal.api.validation.FrenchPhones;
import org.mutualportal.api.validation.SocialSecurityNumber;
import org.mutualportal.contract.ContractModule;
import org.mutualportal.contract.request.ContractRequests;
import org.mutualportal.contract.request.FormChecks;

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

    /**
     * Records the change for the mutual; the beneficiary shows it once the management system sends it back.
     * The form checks the e-mail, the phone and the NIRs as typed (their constraints on {@link BeneficiaryBacking});
     * the rules that need the beneficiary are here.
     *
     * @throws BusinessException when nothing changes, or the attachment's number is missing, invalid or does not
     *         agree with the beneficiary's birth date
     */
    @Transactional
    @CollectiveContractGuarded
    public MemberRequest requestChange(long beneficiaryId, BeneficiaryChange change) {
        Beneficiary beneficiary = find(beneficiaryId);
        if (change.email() == null && change.mobilePhone() == null && change.attachment() == null) {
            throw new BusinessException(ContractModule.BUNDLE, "beneficiary.change.nothing");
        }
        if (change.attachment() == SocialSecurityAttachment.OWN) {
            SocialSecurityNumber.problem(change.nir(), beneficiary.getBirthDate()).ifPresent(key -> {
                throw FormChecks.sharedRefusal("nir", key);
            });
        } else if (change.attachment() == SocialSecurityAttachment.OTHER_INSURED) {
            SocialSecurityNumber.problem(change.otherNir(), null).ifPresent(key -> {
                throw FormChecks.sharedRefusal("otherNir", key);
            });
        } else if (change.attachment() == SocialSecurityAttachment.MEMBER && enrolments.memberNir() == null) {
            throw FormChecks.refusal("attachment", "enrol.attachment.memberUnknown");
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
