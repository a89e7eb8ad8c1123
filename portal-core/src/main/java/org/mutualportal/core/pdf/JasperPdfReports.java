package org.mutualportal.core.pdf;

import org.mutualportal.api.pdf.PdfReports;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.awt.Image;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.concurrent.ConcurrentHashMap;
import javax.imageio.ImageIO;
import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JRParameter;
import net.sf.jasperreports.engine.JasperPrint;
import net.sf.jasperreports.engine.JasperReport;
import net.sf.jasperreports.engine.util.JRLoader;
import net.sf.jasperreports.export.SimpleExporterInput;
import net.sf.jasperreports.export.SimpleOutputStreamExporterOutput;
import net.sf.jasperreports.pdf.JRPdfExporter;
import net.sf.jasperreports.pdf.SimplePdfExporterConfiguration;
import org.mutualportal.core.shell.MutualSettings;

/**
 * What every PDF of the portal shares, so that a module only writes its template and its data: templates
 * compiled at build time ({@code .jasper} on the module's class path) loaded once, the parameters every
 * template may print (French locale, the module's bundle for {@code $R{…}}, the mutual's logo, name, address
 * and phone), and the export — tagged for screen readers, in French, titled, with the mutual as author.
 *
 * <h2>Usage</h2>
 * <pre>
 * JasperReport template = reports.template(MyPdf.class, "reports/my/thing.jasper");
 * Map&lt;String, Object&gt; parameters = reports.parameters(BUNDLE, MyPdf.class);
 * parameters.put("MEMBER_NAME", …);
 * byte[] pdf = reports.export(List.of(JasperFillManager.fillReport(template, parameters, rows)), "Titre");
 * </pre>
 */
@ApplicationScoped
public class JasperPdfReports implements PdfReports {

    @Inject
    MutualSettings settings;

    private final Map<String, JasperReport> templates = new ConcurrentHashMap<>();
    private Image logo;

    @PostConstruct
    void readLogo() {
        try {
            logo = ImageIO.read(new ByteArrayInputStream(settings.logoPng()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A compiled template of the module that {@code owner} belongs to, loaded once. */
    public JasperReport template(Class<?> owner, String resource) {
        return templates.computeIfAbsent(resource, r -> {
            try (InputStream in = owner.getClassLoader().getResourceAsStream(r)) {
                if (in == null) {
                    throw new IllegalStateException("No compiled report " + r + " next to " + owner.getName());
                }
                return (JasperReport) JRLoader.loadObject(in);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (JRException e) {
                throw new IllegalStateException("Cannot load " + r, e);
            }
        });
    }

    /**
     * The parameters every template may use: {@code REPORT_LOCALE} (fr_FR), {@code REPORT_RESOURCE_BUNDLE} (the
     * module's bundle), {@code LOGO}, {@code MUTUAL_NAME}, {@code MUTUAL_ADDRESS}, {@code MUTUAL_PHONE}. The map is
     * the caller's to complete.
     */
    public Map<String, Object> parameters(String bundle, Class<?> owner) {
        Map<String, Object> parameters = new HashMap<>();
        parameters.put(JRParameter.REPORT_LOCALE, Locale.FRANCE);
        parameters.put(JRParameter.REPORT_RESOURCE_BUNDLE, ResourceBundle.getBundle(bundle, Locale.FRANCE,
                owner.getClassLoader()));
        parameters.put("LOGO", logo);
        parameters.put("MUTUAL_NAME", settings.getMutualName());
        parameters.put("MUTUAL_ADDRESS", settings.getMutualAddress());
        parameters.put("MUTUAL_PHONE", settings.getMutualPhone());
        return parameters;
    }

    /** The filled reports as one tagged PDF. */
    public byte[] export(List<JasperPrint> prints, String title) {
        try {
            ByteArrayOutputStream pdf = new ByteArrayOutputStream(32_768);
            JRPdfExporter exporter = new JRPdfExporter();
            exporter.setExporterInput(SimpleExporterInput.getInstance(prints));
            exporter.setExporterOutput(new SimpleOutputStreamExporterOutput(pdf));
            SimplePdfExporterConfiguration configuration = new SimplePdfExporterConfiguration();
            configuration.setMetadataTitle(title);
            configuration.setMetadataAuthor(settings.getMutualName());
            configuration.setTagged(Boolean.TRUE);
            configuration.setTagLanguage("fr-FR");
            exporter.setConfiguration(configuration);
            exporter.exportReport();
            return pdf.toByteArray();
        } catch (JRException e) {
            throw new IllegalStateException("PDF not exported: " + title, e);
        }
    }
}
