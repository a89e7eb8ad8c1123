package org.mutualportal.reimbursements.statement;

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
import org.mutualportal.api.member.Member;
import org.mutualportal.api.member.Membership;
import org.mutualportal.api.pdf.PdfReports;
import org.mutualportal.api.text.FrenchFormats;
import org.mutualportal.api.text.Texts;
import org.mutualportal.api.time.PortalClock;
import org.mutualportal.reimbursements.ReimbursementsModule;
import org.mutualportal.reimbursements.payment.Payee;
import org.mutualportal.reimbursements.payment.PaymentDetail;
import org.mutualportal.reimbursements.payment.PaymentLine;

/**
 * "Imprimer ce paiement" and "Imprimer" for a whole period: relevés de prestations as one PDF, made with
 * JasperReports from {@code reports/statement.jasper} (compiled at build time), through
 * {@link PdfReports}.
 */
@ApplicationScoped
public class StatementPdf {

    @Inject
    PdfReports reports;

    @Inject
    PortalClock clock;

    /** One PDF with a statement per payment, in the given order. */
    public byte[] render(List<PaymentDetail> payments, Member member, Membership membership) {
        JasperReport template = reports.template(StatementPdf.class, "reports/statement.jasper");
        try {
            List<JasperPrint> prints = new ArrayList<>(payments.size());
            for (PaymentDetail payment : payments) {
                prints.add(JasperFillManager.fillReport(template, parameters(payment, member, membership),
                        new JRMapCollectionDataSource(rows(payment))));
            }
            return reports.export(prints, Texts.of(ReimbursementsModule.BUNDLE, "pdf.title") + " — " + member.getFullName());
        } catch (JRException e) {
            throw new IllegalStateException("Statement not rendered", e);
        }
    }

    private Map<String, Object> parameters(PaymentDetail payment, Member member, Membership membership) {
        Map<String, Object> parameters = reports.parameters(ReimbursementsModule.BUNDLE, StatementPdf.class);
        parameters.put("MEMBER_NAME", member.getFullName());
        parameters.put("MEMBER_ADDRESS", member.getAddress() == null ? ""
                : member.getAddress().getOneLine().replace(", ", "\n"));
        parameters.put("MEMBERSHIP_NUMBER", membership.getMembershipNumber());
        parameters.put("CONTRACT_NUMBER", membership.getContractNumber());
        parameters.put("PAYMENT_DATE", FrenchFormats.date(payment.payment().getPaymentDate()));
        parameters.put("PAYMENT_MODE", Texts.of(ReimbursementsModule.BUNDLE, "mode." + payment.payment().getMode()));
        parameters.put("PAYEE", payment.payment().getPayee() == Payee.MEMBER ? member.getFullName()
                : payment.payment().getPayeeName());
        parameters.put("PAYMENT_AMOUNT", payment.payment().getAmount());
        parameters.put("GENERATED_ON", Texts.of(ReimbursementsModule.BUNDLE, "pdf.generated", FrenchFormats.dateTime(clock.now())));
        return parameters;
    }

    private static List<Map<String, ?>> rows(PaymentDetail payment) {
        List<Map<String, ?>> rows = new ArrayList<>(payment.lines().size());
        for (PaymentLine line : payment.lines()) {
            Map<String, Object> row = new HashMap<>();
            row.put("beneficiary", line.getBeneficiaryName());
            row.put("act", line.getActLabel());
            row.put("guarantee", line.getGuaranteeLabel());
            row.put("careStart", FrenchFormats.date(line.getCareStart()));
            row.put("careEnd", FrenchFormats.date(line.getCareEnd()));
            row.put("expense", line.getExpense());
            row.put("ss", line.getSsAmount());
            row.put("mutual", line.getMutualAmount());
            row.put("total", line.getTotal());
            row.put("remaining", line.getRemaining());
            rows.add(row);
        }
        return rows;
    }
}
