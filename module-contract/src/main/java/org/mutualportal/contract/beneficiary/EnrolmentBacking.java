package org.mutualportal.contract.beneficiary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import jakarta.validation.constraints.Pattern;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.mutualportal.api.member.Relationship;
import org.mutualportal.api.requests.MemberRequest;
import org.mutualportal.api.requests.UploadedFiles;
import org.mutualportal.api.text.FrenchFormats;
import org.mutualportal.api.text.Texts;
import org.mutualportal.api.time.PortalClock;
import org.mutualportal.api.validation.Nir;
import org.mutualportal.api.validation.SocialSecurityNumber;
import org.mutualportal.contract.ContractModule;
import org.mutualportal.contract.request.ContractRequests;
import org.mutualportal.contract.request.FormChecks;

/**
 * "J'inscris des bénéficiaires": the form and the request. What one field tells is checked as the form is
 * validated (names, NIRs, the start date against the birth date, the documents), each message next to its field;
 * the rules that need the contract (relationship and age, attachment, nobody twice) are the service's.
 */
@Named
@RequestScoped
public class EnrolmentBacking {

    private Optional<MemberRequest> openRequest;

    @Inject
    Enrolments enrolments;

    @Inject
    ContractRequests requests;

    @Inject
    UploadedFiles uploads;

    @Inject
    PortalClock clock;

    private Relationship relationship;
    @Pattern(regexp = EnrolmentRules.TYPED_NAME, message = "{org.mutualportal.contract.enrol.name.invalid}")
    private String lastName;
    @Pattern(regexp = EnrolmentRules.TYPED_NAME, message = "{org.mutualportal.contract.enrol.name.invalid}")
    private String firstName;
    private LocalDate birthDate;
    private SocialSecurityAttachment attachment;
    @Nir
    private String nir;
    @Nir
    private String otherNir;
    private LocalDate startDate;
    private List<Part> documents = new ArrayList<>();

    public String enrol() {
        Enrolment enrolment = new Enrolment(relationship, strip(lastName), strip(firstName), birthDate, attachment,
                SocialSecurityNumber.normalize(nir), SocialSecurityNumber.normalize(otherNir), startDate);
        MemberRequest request = enrolments.enrol(enrolment, uploads.read(documents));
        Texts.flash(Texts.of(ContractModule.BUNDLE, "enrol.sent", request.getId()));
        return "/contract/index.xhtml?faces-redirect=true";
    }

    /**
     * Validator of the start date: the window depends on the birth date typed above it (a newborn may start at
     * birth), which the page hands over as the input's attribute {@code birthDate} once Faces has read it.
     */
    public void checkStart(FacesContext context, UIComponent input, Object value) {
        if (value instanceof LocalDate start) {
            LocalDate birth = input.getAttributes().get("birthDate") instanceof LocalDate typed ? typed : null;
            enrolments.rules().startProblem(start, birth, clock.today()).ifPresent(problem -> {
                throw FormChecks.refused(problem);
            });
        }
    }

    private static String strip(String s) {
        return s == null ? "" : s.strip().replaceAll("\\s+", " ");
    }

    public List<Relationship> getRelationships() {
        return List.of(Relationship.SPOUSE, Relationship.PARTNER, Relationship.CHILD, Relationship.OTHER);
    }

    public SocialSecurityAttachment[] getAttachments() {
        return SocialSecurityAttachment.values();
    }

    /** The open enrolment requests of the member, shown above the form so nobody is enrolled twice. */
    public MemberRequest getOpenRequest() {
        // Read once per request: the page tests it and shows its date and number.
        if (openRequest == null) {
            openRequest = requests.open(ContractRequests.BENEFICIARY_ADD);
        }
        return openRequest.orElse(null);
    }

    /** The open request of this kind, as the notice above the form says it. */
    public String getOpenText() {
        MemberRequest open = getOpenRequest();
        return open == null ? null : Texts.of(ContractModule.BUNDLE, "enrol.open", open.getSummary());
    }

    public String getStartHint() {
        LocalDate today = clock.today();
        return Texts.of(ContractModule.BUNDLE, "enrol.start.hint", FrenchFormats.date(today),
                FrenchFormats.date(enrolments.rules().latestStart(today)));
    }

    public String getDocumentsHint() {
        return uploads.hint();
    }

    public Relationship getRelationship() {
        return relationship;
    }

    public void setRelationship(Relationship relationship) {
        this.relationship = relationship;
    }

    public String getLastName() {
        return lastName;
    }

    public void setLastName(String lastName) {
        this.lastName = lastName;
    }

    public String getFirstName() {
        return firstName;
    }

    public void setFirstName(String firstName) {
        this.firstName = firstName;
    }

    public LocalDate getBirthDate() {
        return birthDate;
    }

    public void setBirthDate(LocalDate birthDate) {
        this.birthDate = birthDate;
    }

    public SocialSecurityAttachment getAttachment() {
        return attachment;
    }

    public void setAttachment(SocialSecurityAttachment attachment) {
        this.attachment = attachment;
    }

    public String getNir() {
        return nir;
    }

    public void setNir(String nir) {
        this.nir = nir;
    }

    public String getOtherNir() {
        return otherNir;
    }

    public void setOtherNir(String otherNir) {
        this.otherNir = otherNir;
    }

    public LocalDate getStartDate() {
        return startDate == null ? EnrolmentRules.defaultStart(clock.today()) : startDate;
    }

    public void setStartDate(LocalDate startDate) {
        this.startDate = startDate;
    }

    public List<Part> getDocuments() {
        return documents;
    }

    public void setDocuments(List<Part> documents) {
        this.documents = documents;
    }
}
