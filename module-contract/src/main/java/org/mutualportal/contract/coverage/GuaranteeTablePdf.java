package org.mutualportal.contract.coverage;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JasperFillManager;
import net.sf.jasperreports.engine.JasperPrint;
import net.sf.jasperreports.engine.JasperReport;
import net.sf.jasperreports.engine.data.JRMapCollectionDataSource;
import org.mutualportal.contract.ContractModule;
import org.mutualportal.contract.offer.Guarantee;
import org.mutualportal.contract.offer.GuaranteeCategory;
import org.mutualportal.contract.offer.Offer;
import org.mutualportal.contract.offer.ReimbursementExample;
import org.mutualportal.api.pdf.PdfReports;
import org.mutualportal.api.time.PortalClock;
import org.mutualportal.api.text.FrenchFormats;
import org.mutualportal.api.text.Texts;

/**
 * The table of guarantees of an offer as a PDF, from {@code reports/contract/guarantee-table.jasper}
 * (compiled at build time), through the core's {@link PdfReports}.
 */
@ApplicationScoped
public class GuaranteeTablePdf {

    @Inject
    PdfReports reports;

    @Inject
    PortalClock clock;

    /**
     * @param holder who the table is printed for (member and contract number), or null for an offer compared
     */
    public byte[] render(Offer offer, Map<GuaranteeCategory, List<Guarantee>> guarantees,
            List<ReimbursementExample> examples, String holder) {
        JasperReport template = reports.template(GuaranteeTablePdf.class, "reports/contract/guarantee-table.jasper");
        Map<String, Object> parameters = reports.parameters(ContractModule.BUNDLE, GuaranteeTablePdf.class);
        parameters.put("OFFER_LABEL", offer.getLabel());
        parameters.put("OFFER_TAGLINE", offer.getTagline());
        parameters.put("HOLDER", holder);
        parameters.put("RESPONSIBLE", offer.isResponsible());
        parameters.put("GENERATED_ON", Texts.of(ContractModule.BUNDLE, "pdf.generated", FrenchFormats.dateTime(clock.now())));
        try {
            JasperPrint print = JasperFillManager.fillReport(template, parameters,
                    new JRMapCollectionDataSource(rows(guarantees, examples)));
            return reports.export(List.of(print), Texts.of(ContractModule.BUNDLE, "pdf.title") + " — " + offer.getLabel());
        } catch (JRException e) {
            throw new IllegalStateException("Guarantee table not rendered", e);
        }
    }

    private static List<Map<String, ?>> rows(Map<GuaranteeCategory, List<Guarantee>> guarantees,
            List<ReimbursementExample> examples) {
        List<Map<String, ?>> rows = new ArrayList<>();
        guarantees.forEach((category, lines) -> {
            String section = Texts.of(ContractModule.BUNDLE, "category." + category);
            for (Guarantee g : lines) {
                Map<String, Object> row = new HashMap<>();
                row.put("section", section);
                row.put("kind", "G");
                row.put("label", g.getLabel());
                row.put("coverage", g.getCoverage());
                row.put("fullCoverage", g.isFullCoverageBasket());
                rows.add(row);
            }
        });
        String section = Texts.of(ContractModule.BUNDLE, "pdf.examples");
        for (ReimbursementExample e : examples) {
            Map<String, Object> row = new HashMap<>();
            row.put("section", section);
            row.put("kind", "E");
            row.put("label", e.getLabel());
            row.put("expense", e.getExpense());
            row.put("ss", e.getSsAmount());
            row.put("mutual", e.getMutualAmount());
            row.put("remaining", e.getRemaining());
            rows.add(row);
        }
        return rows;
    }
}
