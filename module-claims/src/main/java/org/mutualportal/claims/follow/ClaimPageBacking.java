package org.mutualportal.claims.follow;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.util.ArrayList;
import java.util.List;
import org.mutualportal.api.modules.Modules;
import org.mutualportal.api.requests.MemberRequest;
import org.mutualportal.api.requests.MemberRequests;
import org.mutualportal.api.requests.UploadedFiles;
import org.mutualportal.api.text.Texts;
import org.mutualportal.api.web.NotFoundException;
import org.mutualportal.claims.ClaimsModule;
import org.mutualportal.claims.claim.Claim;
import org.mutualportal.claims.claim.ClaimSettings;
import org.mutualportal.claims.claim.ClaimStage;

/**
 * A claim's page ({@code claim.xhtml?id=…}): where it stands (status, stage and the mutual's reason), what was sent,
 * the files; the form to add the missing proofs while the mutual waits for them; "Voir le paiement" once paid.
 * View-scoped on the id only, so that the form finds the claim on postback; the data is read per HTTP request
 * ({@link ClaimPageData}).
 */
@Named
@ViewScoped
public class ClaimPageBacking implements java.io.Serializable {

    private static final long serialVersionUID = 1L;

    /** The module that shows payments, whose page resolves a claim's payment. */
    private static final String REIMBURSEMENTS = "reimbursements";

    @Inject
    ClaimPageData data;

    @Inject
    MemberRequests requests;

    @Inject
    ClaimCompletion completion;

    @Inject
    ClaimSettings settings;

    @Inject
    UploadedFiles uploads;

    @Inject
    Modules modules;

    private Long id;
    private transient List<Part> complements;

    /** View action: a claim that is not the member's, like a missing or malformed id, is a 404. */
    public void load() {
        if (id == null) {
            throw new NotFoundException();
        }
        data.request(id);
    }

    public String complete() {
        MemberRequest completed = completion.complete(id, uploads.read(getComplements()));
        Texts.flash(Texts.of(ClaimsModule.BUNDLE, "complete.sent"));
        return "/claims/claim.xhtml?faces-redirect=true&id=" + completed.getId();
    }

    public Claim getClaim() {
        return data.claim(id);
    }

    public MemberRequest getRequest() {
        return data.request(id);
    }

    public String getTitle() {
        return Texts.of(ClaimsModule.BUNDLE, "claim.title", Long.toString(id));
    }

    public String getStatusLabel() {
        return Texts.shared("request.status." + getRequest().getStatus());
    }

    public String getStageLabel() {
        return requests.stageLabel(getRequest());
    }

    public String getCareKindLabel() {
        return settings.careKindLabel(getClaim().getCareKind());
    }

    /** The mutual waits for a proof: the page shows why and the form to add it. */
    public boolean isAwaitingProof() {
        return requests.awaitsMember(getRequest());
    }

    /** "Voir le paiement": once paid, while the module showing payments is on. */
    public boolean isPaymentShown() {
        return ClaimStage.PAID.is(getRequest().getStage()) && modules.isEnabled(REIMBURSEMENTS);
    }

    public List<FileRow> getFiles() {
        return data.files(id);
    }

    public List<Part> getComplements() {
        if (complements == null) {
            complements = new ArrayList<>();
        }
        return complements;
    }

    public void setComplements(List<Part> complements) {
        this.complements = complements;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }
}
