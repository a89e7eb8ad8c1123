package org.mutualportal.reimbursements.statement;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.awt.Image;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import javax.imageio.ImageIO;
import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JRParameter;
import net.sf.jasperreports.engine.JasperFillManager;
import net.sf.jasperreports.engine.JasperPrint;
import net.sf.jasperreports.engine.JasperReport;
import net.sf.jasperreports.engine.data.JRMapCollectionDataSource;
import net.sf.jasperreports.export.SimpleExporterInput;
import net.sf.jasperreports.engine.util.JRLoader;
import net.sf.jasperreports.export.SimpleOutputStreamExporterOutput;
import net.sf.jasperreports.pdf.SimplePdfExporterConfiguration;
import net.sf.jasperreports.pdf.JRPdfExporter;
import org.mutualportal.core.member.Member;
import org.mutualportal.core.member.Membership;
import org.mutualportal.core.shell.PortalSettings;
import org.mutualportal.core.time.PortalClock;
import org.mutualportal.core.web.FrenchFormats;
import org.mutualportal.core.web.Texts;
import org.mutualportal.reimbursements.payment.Payee;
import org.mutualportal.reimbursements.payment.PaymentDetail;
import org.mutualportal.reimbursements.payment.PaymentLine;

/**
 * "Imprimer ce paiement" and "Imprimer" for a whole period: relevés de prestations as one PDF, made with
 * JasperReports from {@code reports/statement.jasper} (compiled at build time, loaded once). Fonts are
 * embedded (jasperreports-fonts: DejaVu), so French separators print everywhere.
 */
@ApplicationScoped
public class StatementPdf {

    static final String BUNDLE = "org.mutualportal.reimbursements.i18n.messages";

    @Inject
    PortalSettings settings;

    @Inject
    PortalClock clock;

    private JasperReport template;
    private Image logo;

    @PostConstruct
    void load() {
        try (InputStream in = StatementPdf.class.getClassLoader().getResourceAsStream("reports/statement.jasper")) {
            template = (JasperReport) JRLoader.loadObject(in);
            logo = ImageIO.read(new ByteArrayInputStream(settings.logoPng()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (JRException e) {
            throw new IllegalStateException("Cannot load reports/statement.jasper", e);
        }
    }

    /** One PDF with a statement per payment, in the given order. */
    public byte[] render(List<PaymentDetail> payments, Member member, Membership membership) {
        try {
            List<JasperPrint> prints = new ArrayList<>(payments.size());
            for (PaymentDetail payment : payments) {
                prints.add(JasperFillManager.fillReport(template, parameters(payment, member, membership),
                        new JRMapCollectionDataSource(rows(payment))));
            }
            ByteArrayOutputStream pdf = new ByteArrayOutputStream(32_768);
            JRPdfExporter exporter = new JRPdfExporter();
            exporter.setExporterInput(SimpleExporterInput.getInstance(prints));
            exporter.setExporterOutput(new SimpleOutputStreamExporterOutput(pdf));
            SimplePdfExporterConfiguration configuration = new SimplePdfExporterConfiguration();
            configuration.setMetadataTitle(Texts.of(BUNDLE, "pdf.title") + " — " + member.getFullName());
            configuration.setMetadataAuthor(settings.getMutualName());
            configuration.setTagged(Boolean.TRUE);
            configuration.setTagLanguage("fr-FR");
            exporter.setConfiguration(configuration);
            exporter.exportReport();
            return pdf.toByteArray();
        } catch (JRException e) {
            throw new IllegalStateException("Statement not rendered", e);
        }
    }

    private Map<String, Object> parameters(PaymentDetail payment, Member member, Membership membership) {
        Map<String, Object> parameters = new HashMap<>();
        parameters.put(JRParameter.REPORT_LOCALE, Locale.FRANCE);
        parameters.put(JRParameter.REPORT_RESOURCE_BUNDLE, ResourceBundle.getBundle(BUNDLE, Locale.FRANCE,
                StatementPdf.class.getClassLoader()));
        parameters.put("LOGO", logo);
        parameters.put("MUTUAL_NAME", settings.getMutualName());
        parameters.put("MUTUAL_ADDRESS", settings.getMutualAddress());
        parameters.put("MUTUAL_PHONE", settings.getMutualPhone());
        parameters.put("MEMBER_NAME", member.getFullName());
        parameters.put("MEMBER_ADDRESS", member.getAddress() == null ? ""
                : member.getAddress().getOneLine().replace(", ", "\n"));
        parameters.put("MEMBERSHIP_NUMBER", membership.getMembershipNumber());
        parameters.put("CONTRACT_NUMBER", membership.getContractNumber());
        parameters.put("PAYMENT_DATE", FrenchFormats.date(payment.payment().getPaymentDate()));
        parameters.put("PAYMENT_MODE", Texts.of(BUNDLE, "mode." + payment.payment().getMode()));
        parameters.put("PAYEE", payment.payment().getPayee() == Payee.MEMBER ? member.getFullName()
                : payment.payment().getPayeeName());
        parameters.put("PAYMENT_AMOUNT", payment.payment().getAmount());
        parameters.put("GENERATED_ON", Texts.of(BUNDLE, "pdf.generated", FrenchFormats.dateTime(clock.now())));
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
