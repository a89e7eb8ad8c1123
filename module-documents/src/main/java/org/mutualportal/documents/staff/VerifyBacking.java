package org.mutualportal.documents.staff;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.NotNull;
import org.mutualportal.api.text.FrenchFormats;
import org.mutualportal.api.text.Texts;
import org.mutualportal.documents.DocumentsModule;
import org.mutualportal.documents.attestation.AttestationData;
import org.mutualportal.documents.attestation.AttestationData.CoveredPerson;
import org.mutualportal.documents.attestation.AttestationPdf;
import org.mutualportal.documents.attestation.Attestations;
import org.mutualportal.documents.attestation.Attestations.Verification;
import org.mutualportal.documents.attestation.VerificationCode;

/**
 * The staff's check of an attestation someone shows them (a hospital, an employer, a member on the phone):
 * they type its code and see what the mutual certified, and whether the record still matches the code.
 * The service audits each check, since it shows a member's data.
 */
@Named
@RequestScoped
public class VerifyBacking {

    @Inject
    Attestations attestations;

    /** An empty field gets the same message as a malformed code: both say what a code looks like. */
    @NotNull(message = "{org.mutualportal.documents.verify.code.invalid}")
    @VerificationCode
    private String code;
    private Verification result;
    private boolean searched;

    public void verify() {
        searched = true;
        result = attestations.verify(code).orElse(null);
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

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }
}
