package org.mutualportal.contract.contribution;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JasperFillManager;
import net.sf.jasperreports.engine.data.JRMapCollectionDataSource;
import org.mutualportal.contract.ContractModule;
import org.mutualportal.api.member.Member;
import org.mutualportal.api.member.Membership;
import org.mutualportal.api.pdf.PdfReports;
import org.mutualportal.api.settings.PortalSettings;
import org.mutualportal.api.time.PortalClock;
import org.mutualportal.api.text.FrenchFormats;
import org.mutualportal.api.text.Texts;

/**
 * "Relevé annuel de cotisations": what a membership paid during a calendar year, from
 * {@code reports/contract/annual-contributions.jasper}, through the core's {@link PdfReports}.
 */
@ApplicationScoped
public class AnnualStatementPdf {

    @Inject
    PdfReports reports;

    @Inject
    PortalSettings settings;

    @Inject
    PortalClock clock;

    public byte[] render(int year, List<Contribution> paid, Member member, Membership membership, String offerLabel) {
        BigDecimal total = paid.stream().map(Contribution::getAmount).reduce(BigDecimal.ZERO, BigDecimal::add);
        Map<String, Object> parameters = reports.parameters(ContractModule.BUNDLE, AnnualStatementPdf.class);
        String title = Texts.of(ContractModule.BUNDLE, "annual.pdfTitle", Integer.toString(year));
        parameters.put("TITLE", title);
        parameters.put("MEMBER_NAME", member.getFullName());
        parameters.put("MEMBER_ADDRESS", member.getAddress() == null ? "" : member.getAddress().getOneLine().replace(", ", "\n"));
        parameters.put("CONTRACT", Texts.of(ContractModule.BUNDLE, "annual.contract", membership.getContractNumber(), offerLabel,
                membership.getMembershipNumber()));
        parameters.put("CERTIFY", Texts.of(ContractModule.BUNDLE, "annual.certify", settings.getMutualName(), member.getFullName(),
                Integer.toString(year), FrenchFormats.money(total)));
        parameters.put("GENERATED_ON", Texts.of(ContractModule.BUNDLE, "pdf.generated", FrenchFormats.dateTime(clock.now())));
        List<Map<String, ?>> rows = new ArrayList<>(paid.size());
        for (Contribution c : paid) {
            Map<String, Object> row = new HashMap<>();
            row.put("paidOn", FrenchFormats.date(c.getPaidOn()));
            row.put("period", Texts.of(ContractModule.BUNDLE, "contributions.period", FrenchFormats.date(c.getPeriodStart()),
                    FrenchFormats.date(c.getPeriodEnd())));
            row.put("mode", c.getPaymentMode() == null ? null : Texts.of(ContractModule.BUNDLE, "payment.mode." + c.getPaymentMode()));
            row.put("amount", c.getAmount());
            rows.add(row);
        }
        try {
            return reports.export(List.of(JasperFillManager.fillReport(
                    reports.template(AnnualStatementPdf.class, "reports/contract/annual-contributions.jasper"), parameters,
                    new JRMapCollectionDataSource(rows))), title + " — " + member.getFullName());
        } catch (JRException e) {
            throw new IllegalStateException("Annual statement not rendered", e);
        }
    }
}
