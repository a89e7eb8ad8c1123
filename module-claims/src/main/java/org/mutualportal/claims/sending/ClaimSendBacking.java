package org.mutualportal.claims.sending;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.validator.ValidatorException;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.mutualportal.api.error.BusinessException;
import org.mutualportal.api.member.Beneficiary;
import org.mutualportal.api.member.MemberContext;
import org.mutualportal.api.requests.MemberRequest;
import org.mutualportal.api.requests.UploadedFiles;
import org.mutualportal.api.text.FrenchFormats;
import org.mutualportal.api.text.Texts;
import org.mutualportal.api.time.PortalClock;
import org.mutualportal.claims.ClaimsModule;
import org.mutualportal.claims.claim.ClaimSettings;

/**
 * "Envoyer une facture": the form. What one field tells is checked as Faces validates the form, each message next to
 * its field and all at once (the date against the mutual's limit, the statement against the box ticked above it);
 * the earlier claims are the service's to check. After a duplicate refusal the page offers the confirmation box.
 */
@Named
@RequestScoped
public class ClaimSendBacking {

    @Inject
    ClaimSending sending;

    @Inject
    ClaimSettings settings;

    @Inject
    UploadedFiles uploads;

    @Inject
    MemberContext memberContext;

    @Inject
    PortalClock clock;

    private final ClaimForm form = new ClaimForm();
    private List<Part> proofs = new ArrayList<>();
    private Part statement;
    private boolean duplicateFound;

    public String send() {
        List<UploadedFiles.Accepted> statements = uploads.read(statement == null ? List.of() : List.of(statement));
        try {
            MemberRequest request = sending.send(form, uploads.read(proofs), statements.isEmpty() ? null : statements.get(0));
            Texts.flash(Texts.of(ClaimsModule.BUNDLE, "send.sent", request.getId().toString()));
            return "/claims/claim.xhtml?faces-redirect=true&id=" + request.getId();
        } catch (DuplicateProof duplicate) {
            duplicateFound = true;
            throw duplicate;
        }
    }

    /** Validator of the date of care: not in the future, not older than the mutual's limit. */
    public void checkCareDate(FacesContext context, UIComponent input, Object value) {
        if (value instanceof LocalDate date) {
            settings.careDateRule().check(date, clock.today()).ifPresent(problem -> {
                throw refused(problem);
            });
        }
    }

    /**
     * Validator of the statement: required when the box above it says the Sécurité sociale paid part of the bill
     * (the page hands the box's value over as the attribute {@code ssReimbursed}), refused otherwise.
     */
    public void checkStatement(FacesContext context, UIComponent input, Object value) {
        boolean joined = value instanceof Part part && part.getSize() > 0;
        boolean reimbursed = Boolean.TRUE.equals(input.getAttributes().get("ssReimbursed"));
        if (reimbursed && !joined) {
            throw refused(new BusinessException(ClaimsModule.BUNDLE, "send.statement.required"));
        }
        if (!reimbursed && joined) {
            throw refused(new BusinessException(ClaimsModule.BUNDLE, "send.statement.unexpected"));
        }
    }

    private static ValidatorException refused(BusinessException problem) {
        String text = problem.text();
        return new ValidatorException(new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text));
    }

    public List<? extends Beneficiary> getBeneficiaries() {
        return memberContext.beneficiaries();
    }

    public String getCareDateHint() {
        return Texts.of(ClaimsModule.BUNDLE, "send.careDate.hint",
                FrenchFormats.date(settings.careDateRule().earliest(clock.today())));
    }

    /** Whether the service found a proof already sent: the confirmation box is then shown without JavaScript too. */
    public boolean isDuplicateFound() {
        return duplicateFound;
    }

    public ClaimForm getForm() {
        return form;
    }

    public List<Part> getProofs() {
        return proofs;
    }

    public void setProofs(List<Part> proofs) {
        this.proofs = proofs;
    }

    public Part getStatement() {
        return statement;
    }

    public void setStatement(Part statement) {
        this.statement = statement;
    }
}
