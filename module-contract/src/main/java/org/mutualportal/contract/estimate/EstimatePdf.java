package org.mutualportal.contract.estimate;

import static org.mutualportal.contract.estimate.EstimateTexts.text;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JasperFillManager;
import net.sf.jasperreports.engine.data.JRMapCollectionDataSource;
import org.mutualportal.api.pdf.PdfReports;
import org.mutualportal.api.text.FrenchFormats;
import org.mutualportal.api.time.PortalClock;
import org.mutualportal.contract.ContractModule;

/**
 * An estimate as a PDF the member keeps or shows the professional: the same lines, explanations and 100 % Santé
 * comparison as the page, from {@code reports/contract/estimate.jasper} (compiled at build time).
 */
@ApplicationScoped
public class EstimatePdf {

    @Inject
    PdfReports reports;

    @Inject
    PortalClock clock;

    public byte[] render(Estimates.Computed computed, String contractNumber) {
        Estimate estimate = computed.estimate();
        Map<String, Object> parameters = reports.parameters(ContractModule.BUNDLE, EstimatePdf.class);
        String title = text("estimate.pdf.title");
        parameters.put("TITLE", title);
        parameters.put("SUBTITLE", text("estimate.kind." + estimate.kind()));
        parameters.put("BENEFICIARY", text("estimate.pdf.beneficiary", computed.beneficiaryName(), contractNumber));
        parameters.put("OFFER", EstimateTexts.offer(computed));
        parameters.put("BASKET", text("estimate.basket." + estimate.basket()));
        parameters.put("ALTERNATIVE", EstimateTexts.alternative(estimate));
        parameters.put("NOTE", text("estimate.pdf.note"));
        parameters.put("GENERATED_ON", text("pdf.generated", FrenchFormats.dateTime(clock.now())));
        List<Map<String, ?>> rows = new ArrayList<>();
        for (EstimateLine line : estimate.lines()) {
            Map<String, Object> row = new HashMap<>();
            row.put("line", EstimateTexts.lineLabel(line));
            row.put("price", line.price());
            row.put("ssBase", line.ssBase());
            row.put("ssRate", EstimateTexts.rate(line));
            row.put("ss", line.ssAmount());
            row.put("mutual", line.mutualAmount());
            row.put("remaining", line.remaining());
            row.put("why", line.why().stream().map(Sentence::text).collect(Collectors.joining("\n")));
            rows.add(row);
        }
        try {
            return reports.export(List.of(JasperFillManager.fillReport(
                    reports.template(EstimatePdf.class, "reports/contract/estimate.jasper"), parameters,
                    new JRMapCollectionDataSource(rows))), title + " — " + computed.beneficiaryName());
        } catch (JRException e) {
            throw new IllegalStateException("Estimate not rendered", e);
        }
    }
}
