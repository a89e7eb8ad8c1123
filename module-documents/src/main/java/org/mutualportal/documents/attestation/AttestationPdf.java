package org.mutualportal.documents.attestation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JasperFillManager;
import net.sf.jasperreports.engine.data.JRMapCollectionDataSource;
import org.mutualportal.api.pdf.PdfReports;
import org.mutualportal.api.text.FrenchFormats;
import org.mutualportal.api.text.Texts;
import org.mutualportal.documents.DocumentsModule;
import org.mutualportal.documents.attestation.AttestationData.CoveredPerson;

/**
 * The attestation de droits as a PDF ({@code reports/documents/attestation.jasper}), printed from the frozen data of
 * an issued attestation only — never from the live contract — so that what the PDF says is what its code
 * signs, at the first download and at every later one.
 */
@ApplicationScoped
public class AttestationPdf {

    @Inject
    PdfReports reports;

    public byte[] render(IssuedAttestation attestation) {
        AttestationData data = attestation.data();
        Map<String, Object> parameters = reports.parameters(DocumentsModule.BUNDLE, AttestationPdf.class);
        parameters.put("MUTUAL_NAME", data.mutualName());
        parameters.put("MUTUAL_ADDRESS", data.mutualAddress());
        parameters.put("MEMBER_NAME", data.memberName());
        parameters.put("MEMBERSHIP_NUMBER", data.membershipNumber());
        parameters.put("CONTRACT_NUMBER", data.contractNumber());
        parameters.put("OFFER", data.offerLabel());
        parameters.put("EMPLOYER", data.employerName());
        parameters.put("CONTRACT_PERIOD", period(data.contractStart(), data.contractEnd()));
        parameters.put("STATEMENT", Texts.of(DocumentsModule.BUNDLE, "pdf.attestation.statement", data.mutualName(),
                FrenchFormats.date(data.certifiedDate()), data.contractNumber()));
        parameters.put("ISSUED_ON", Texts.of(DocumentsModule.BUNDLE, "pdf.attestation.issued", FrenchFormats.dateTime(data.issuedAt())));
        parameters.put("CODE", attestation.getFormattedCode());
        parameters.put("VERIFY_TEXT", Texts.of(DocumentsModule.BUNDLE, "pdf.attestation.verify", data.mutualName(),
                parameters.get("MUTUAL_PHONE")));
        try {
            return reports.export(List.of(JasperFillManager.fillReport(
                    reports.template(AttestationPdf.class, "reports/documents/attestation.jasper"), parameters,
                    new JRMapCollectionDataSource(rows(data.people())))),
                    Texts.of(DocumentsModule.BUNDLE, "pdf.attestation.title") + " — " + data.memberName());
        } catch (JRException e) {
            throw new IllegalStateException("Attestation " + attestation.getId() + " not rendered", e);
        }
    }

    /** "du 01/01/2019 au 31/12/2026", or "depuis le 01/01/2019" for a contract without an end. */
    public static String period(LocalDate from, LocalDate to) {
        return to == null ? Texts.of(DocumentsModule.BUNDLE, "period.since", FrenchFormats.date(from))
                : Texts.of(DocumentsModule.BUNDLE, "period.fromTo", FrenchFormats.date(from), FrenchFormats.date(to));
    }

    private static List<Map<String, ?>> rows(List<CoveredPerson> people) {
        List<Map<String, ?>> rows = new ArrayList<>(people.size());
        for (CoveredPerson person : people) {
            Map<String, Object> row = new HashMap<>();
            row.put("name", person.name());
            row.put("birthDate", FrenchFormats.date(person.birthDate()));
            row.put("relationship", Texts.of(DocumentsModule.BUNDLE, "relationship." + person.relationship()));
            row.put("coverage", period(person.from(), person.to()));
            rows.add(row);
        }
        return rows;
    }
}
