package org.mutualportal.core.admin;

import org.mutualportal.core.audit.CoreAudit;
import org.mutualportal.core.web.CoreTexts;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;
import org.mutualportal.core.audit.AuditTrail;
import org.mutualportal.api.time.PortalClock;
import org.mutualportal.api.text.FrenchCsv;

/**
 * The CSV export of an audit search ({@code /admin/audit.csv?<the page's parameters>}; ADMIN by its path).
 * Rows are written batch by batch as they are read, so the export's size does not weigh on the server's
 * memory. The export is itself audited, with its criteria.
 */
@WebServlet("/admin/audit.csv")
public class AuditExportServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    AuditSearch search;

    @Inject
    ActorNames names;

    @Inject
    AuditTrail audit;

    @Inject
    PortalClock clock;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        AuditCriteria criteria = AuditCriteria.parse(request.getParameter("from"), request.getParameter("to"),
                request.getParameter("action"), request.getParameter("actor"), request.getParameter("target"));
        audit.recordAlone(CoreAudit.AUDIT_EXPORTED, null, criteria.describe());
        response.setContentType("text/csv;charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"journal-audit-" + clock.today() + ".csv\"");
        PrintWriter out = response.getWriter();
        out.write(new FrenchCsv().row(header()).toString());
        try {
            search.forEachBatch(search.resolve(criteria), batch -> write(out, AuditRow.of(batch, names)));
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        out.flush();
    }

    private static void write(PrintWriter out, List<AuditRow> rows) {
        for (AuditRow row : rows) {
            // Each line on its own, without the byte-order mark that opens the file; empty cells may be null.
            out.write(new FrenchCsv().row(Arrays.asList(row.time(), row.action(), row.actor(),
                    row.actorLogin(), row.target(), row.targetLogin(), row.detail(), row.remoteAddress()))
                    .toString().substring(1));
        }
        out.flush();
        if (out.checkError()) {
            throw new UncheckedIOException(new IOException("The client stopped reading the export"));
        }
    }

    private static List<String> header() {
        return List.of(CoreTexts.core("admin.audit.column.date"), CoreTexts.core("admin.audit.column.action"),
                CoreTexts.core("admin.audit.column.actor"), CoreTexts.core("admin.audit.column.actor-login"),
                CoreTexts.core("admin.audit.column.target"), CoreTexts.core("admin.audit.column.target-login"),
                CoreTexts.core("admin.audit.column.detail"), CoreTexts.core("admin.audit.column.address"));
    }
}
