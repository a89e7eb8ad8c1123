package org.mutualportal.contract.beneficiary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import jakarta.transaction.Transactional;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.mutualportal.contract.ContractModule;
import org.mutualportal.contract.request.ContractRequests;
import org.mutualportal.api.error.BusinessException;
import org.mutualportal.api.member.Beneficiary;
import org.mutualportal.api.member.CollectiveContractGuarded;
import org.mutualportal.api.member.MemberContext;
import org.mutualportal.api.member.Relationship;
import org.mutualportal.api.requests.MemberRequest;
import org.mutualportal.api.requests.RequestDraft;
import org.mutualportal.api.requests.UploadedFiles;
import org.mutualportal.api.time.PortalClock;
import org.mutualportal.api.text.FrenchFormats;
import org.mutualportal.api.text.Texts;

/**
 * Enrols beneficiaries: the request for the mutual (the beneficiary appears on the contract once the
 * management system has registered them and sent them back), its supporting document, the confirmation.
 * The rules are checked again here, not only in the form, and the collective-contract guard refuses a
 * forged POST.
 */
@ApplicationScoped
public class Enrolments {

    @Inject
    MemberContext memberContext;

    @Inject
    ContractRequests requests;

    @Inject
    PortalClock clock;

    @Inject
    @ConfigProperty(name = "portal.contract.beneficiary.child-max-age", defaultValue = "27")
    int childMaxAge;

    @Inject
    @ConfigProperty(name = "portal.contract.beneficiary.months-ahead", defaultValue = "3")
    int monthsAhead;

    public EnrolmentRules rules() {
        return new EnrolmentRules(childMaxAge, monthsAhead);
    }

    /** The member's own NIR, from the beneficiary who is the member on this membership. */
    public String memberNir() {
        return memberContext.beneficiaries().stream()
                .filter(b -> b.getRelationship() == Relationship.MEMBER)
                .map(Beneficiary::getNir)
                .filter(java.util.Objects::nonNull)
                .findFirst().orElse(null);
    }

    /**
     * Records the enrolment request.
     *
     * @throws BusinessException the first rule the enrolment breaks, on its property (the form checks the fields
     *         it can first)
     */
    @Transactional
    @CollectiveContractGuarded
    public MemberRequest enrol(Enrolment enrolment, List<UploadedFiles.Accepted> documents) {
        List<BusinessException> problems = rules().check(enrolment, clock.today(), memberContext.beneficiaries(),
                memberNir());
        if (!problems.isEmpty()) {
            throw problems.get(0);
        }
        String relationship = Texts.of(ContractModule.BUNDLE, "relationship." + enrolment.relationship());
        String name = enrolment.firstName() + " " + enrolment.lastName().toUpperCase(java.util.Locale.FRANCE);
        JsonObjectBuilder payload = Json.createObjectBuilder()
                .add("membershipNumber", memberContext.membership().getMembershipNumber())
                .add("relationship", enrolment.relationship().name())
                .add("lastName", enrolment.lastName())
                .add("firstName", enrolment.firstName())
                .add("birthDate", enrolment.birthDate().toString())
                .add("attachment", enrolment.attachment().name())
                .add("insuredNir", enrolment.insuredNir(memberNir()))
                .add("startDate", enrolment.startDate().toString());
        if (enrolment.attachment() == SocialSecurityAttachment.OWN) {
            payload.add("nir", enrolment.nir());
        }
        return requests.submit(new RequestDraft(ContractRequests.BENEFICIARY_ADD,
                Texts.of(ContractModule.BUNDLE, "enrol.summary", name, relationship, FrenchFormats.date(enrolment.startDate())),
                Texts.of(ContractModule.BUNDLE, "enrol.details", name, relationship, FrenchFormats.date(enrolment.birthDate()),
                        Texts.of(ContractModule.BUNDLE, "attachment." + enrolment.attachment()), FrenchFormats.date(enrolment.startDate())),
                payload.build().toString()), documents);
    }
}
