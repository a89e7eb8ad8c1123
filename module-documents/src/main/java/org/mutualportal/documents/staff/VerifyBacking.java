package org.mutualportal.documents.staff;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;
import org.mutualportal.core.audit.AuditLog;
import org.mutualportal.core.member.MemberContext;
import org.mutualportal.core.member.SignedInUser;
import org.mutualportal.core.web.FrenchFormats;
import org.mutualportal.core.web.Texts;
import org.mutualportal.documents.DocumentsModule;
import org.mutualportal.documents.attestation.AttestationData;
import org.mutualportal.documents.attestation.AttestationPdf;
import org.mutualportal.documents.attestation.AttestationData.CoveredPerson;
import org.mutualportal.documents.attestation.Attestations;
import org.mutualportal.documents.attestation.Attestations.Verification;
import org.mutualportal.documents.attestation.VerificationCodes;

/**
 * The staff's check of an attestation someone shows them (a hospital, an employer, a member on the phone):
 * they type its code and see what the mutual certified, and whether the record still matches the code.
 * Each check is audited, since it shows a member's data.
 */
@Named
@RequestScoped
public class VerifyBacking {

    @Inject
    Attestations attestations;

    @Inject
    AuditLog audit;

    @Inject
    MemberContext memberContext;

    private String code;
    private Verification result;
    private boolean searched;

    public void verify() {
        searched = false;
        result = null;
        Optional<String> normalized = VerificationCodes.normalize(code);
        if (normalized.isEmpty()) {
            Texts.error("verify:code", Texts.of(DocumentsModule.BUNDLE, "verify.code.invalid"));
            return;
        }
        searched = true;
        result = attestations.verify(normalized.get()).orElse(null);
        audit.record(memberContext.user().map(SignedInUser::callerName).orElse("anonymous"), "ATTESTATION_VERIFIED",
                result == null ? null : "attestation:" + result.attestation().getId(),
                result == null ? "unknown code" : result.authentic() ? "authentic" : "altered", remoteAddress());
    }

    public boolean isSearched() {
        return searched;
    }

    public boolean isFound() {
        return result != null;
    }

    public boolean isAuthentic() {
        return result != null && result.authentic();
    }

    public AttestationData getData() {
        return result == null ? null : result.data();
    }

    public String getFormattedCode() {
        return result == null ? null : result.attestation().getFormattedCode();
    }

    public String getIssuedAt() {
        return result == null ? null : FrenchFormats.dateTime(result.attestation().getIssuedAt());
    }

    public String getContractPeriod() {
        return result == null ? null : AttestationPdf.period(result.data().contractStart(), result.data().contractEnd());
    }

    public String coverage(CoveredPerson person) {
        return AttestationPdf.period(person.from(), person.to());
    }

    public String relationshipLabel(String relationship) {
        return Texts.of(DocumentsModule.BUNDLE, "relationship." + relationship);
    }

    private static String remoteAddress() {
        return ((HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest()).getRemoteAddr();
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }
}
