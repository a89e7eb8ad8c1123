package org.mutualportal.documents.attestation;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.NotNull;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.mutualportal.api.text.FrenchFormats;
import org.mutualportal.api.text.Texts;
import org.mutualportal.api.time.PortalClock;
import org.mutualportal.documents.DocumentsModule;
import org.mutualportal.documents.coverage.CoverageRules.Period;

/**
 * "Attestation de droits": the member picks the day to certify (today by default), gets the PDF at once,
 * and finds the attestations already issued to download them again. A day the contract does not cover gets
 * its reason next to the field ({@link DayNotCertifiable}).
 */
@Named
@RequestScoped
public class AttestationBacking {

    @Inject
    Attestations attestations;

    @Inject
    PortalClock clock;

    @NotNull(message = "{org.mutualportal.documents.attestation.date.required}")
    private LocalDate date;
    private Optional<Period> range;
    private List<IssuedAttestation> mine;

    public Optional<Period> range() {
        if (range == null) {
            range = attestations.range();
        }
        return range;
    }

    public boolean isAvailable() {
        return range().isPresent();
    }

    /** "Vous pouvez choisir une date du … au …", or why no attestation can be issued. */
    public String getRangeText() {
        return range().map(r -> Texts.of(DocumentsModule.BUNDLE, "attestation.range", FrenchFormats.date(r.from()),
                FrenchFormats.date(r.to())))
                .orElseGet(() -> Texts.of(DocumentsModule.BUNDLE, attestations.problem(clock.today()).orElse("attestation.unavailable")));
    }

    public String issue() throws IOException {
        IssuedAttestation issued = attestations.issue(date);
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        external.redirect(external.getRequestContextPath() + "/documents/download/attestation-" + issued.getId() + ".pdf");
        FacesContext.getCurrentInstance().responseComplete();
        return null;
    }

    public List<IssuedAttestation> getMine() {
        if (mine == null) {
            mine = attestations.mine();
        }
        return mine;
    }

    public LocalDate getDate() {
        if (date == null && !FacesContext.getCurrentInstance().isPostback()) {
            date = range().filter(r -> r.contains(clock.today())).map(r -> clock.today()).orElse(null);
        }
        return date;
    }

    public void setDate(LocalDate date) {
        this.date = date;
    }
}
