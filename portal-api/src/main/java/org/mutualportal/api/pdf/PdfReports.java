package org.mutualportal.api.pdf;

import java.util.List;
import java.util.Map;
import net.sf.jasperreports.engine.JasperPrint;
import net.sf.jasperreports.engine.JasperReport;

/**
 * PDF documents of every module, with JasperReports: templates compiled at build time
 * ({@code com.alexnederlof:jasperreports-plugin}, same JasperReports version as the portal: see
 * {@code docs/writing-a-module.md}), the mutual's identity as parameters, and a tagged, accessible PDF in
 * French.
 *
 * <p>Amounts in templates: pattern {@code #,##0.00 ¤} with {@code REPORT_LOCALE} fr_FR prints
 * {@code 1 234,56 €}; format dates in expressions ({@code FrenchFormats.date}), a pattern on a
 * {@code LocalDate} is ignored. An application-scoped CDI bean; thread-safe.
 *
 * <h2>Usage</h2>
 * <pre>
 * JasperReport template = reports.template(getClass(), "reports/statement.jasper");
 * Map&lt;String, Object&gt; parameters = reports.parameters(MyModule.BUNDLE, getClass());
 * parameters.put("MEMBER_NAME", member.getFullName());
 * byte[] pdf = reports.export(List.of(JasperFillManager.fillReport(template, parameters, rows)), "Relevé");
 * </pre>
 *
 * @since 1.0
 */
public interface PdfReports {

    /**
     * A compiled template from the JAR of {@code owner}, loaded once and kept.
     *
     * @param owner a class of the module (its class loader finds the resource)
     * @param resource the {@code .jasper} resource's path, e.g. {@code reports/statement.jasper}
     * @return never {@code null}
     * @throws IllegalStateException when the resource is missing or unreadable
     */
    JasperReport template(Class<?> owner, String resource);

    /**
     * The parameters every template may use: {@code REPORT_LOCALE} (fr_FR), {@code REPORT_RESOURCE_BUNDLE} (the
     * module's bundle), {@code LOGO} (an {@code java.awt.Image}), {@code MUTUAL_NAME}, {@code MUTUAL_ADDRESS},
     * {@code MUTUAL_PHONE}.
     *
     * @param bundle base name of the module's resource bundle
     * @param owner a class of the module
     * @return a new, mutable map for the caller to complete
     */
    Map<String, Object> parameters(String bundle, Class<?> owner);

    /**
     * The filled reports as one tagged PDF (title, author, language fr-FR).
     *
     * @param prints filled reports, in order
     * @param title the document's title
     * @return the PDF's bytes
     */
    byte[] export(List<JasperPrint> prints, String title);
}
