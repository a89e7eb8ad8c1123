package org.mutualportal.contract.beneficiary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.mutualportal.contract.ContractModule;
import org.mutualportal.contract.request.ContractRequests;
import org.mutualportal.contract.request.FieldProblem;
import org.mutualportal.core.member.Relationship;
import org.mutualportal.core.member.SocialSecurityNumber;
import org.mutualportal.core.requests.MemberRequest;
import org.mutualportal.core.requests.UploadedFiles;
import org.mutualportal.core.time.PortalClock;
import org.mutualportal.core.web.FrenchFormats;
import org.mutualportal.core.web.Texts;

/** "J'inscris des bénéficiaires": the form, its messages next to each field, then the request. */
@Named
@RequestScoped
public class EnrolmentBacking {

    static final String FORM = "enrol";

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
    private String lastName;
    private String firstName;
    private LocalDate birthDate;
    private SocialSecurityAttachment attachment;
    private String nir;
    private String otherNir;
    private LocalDate startDate;
    private List<Part> documents = new ArrayList<>();

    public String enrol() {
        Enrolment enrolment = new Enrolment(relationship, strip(lastName), strip(firstName), birthDate, attachment,
                SocialSecurityNumber.normalize(nir), SocialSecurityNumber.normalize(otherNir), startDate);
        boolean valid = true;
        for (FieldProblem problem : enrolments.check(enrolment)) {
            problem.show(FORM);
            valid = false;
        }
        Optional<List<UploadedFiles.Accepted>> files = uploads.accept(FORM + ":documents", documents);
        if (!valid || files.isEmpty()) {
            return null;
        }
        MemberRequest request = enrolments.enrol(enrolment, files.get());
        Texts.flash(Texts.of(ContractModule.BUNDLE, "enrol.sent", request.getId()));
        return "/contract/index.xhtml?faces-redirect=true";
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
