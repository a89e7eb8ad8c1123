package org.mutualportal.core.admin;

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
import org.mutualportal.core.audit.AuditLog;
import org.mutualportal.core.time.PortalClock;
import org.mutualportal.core.web.FrenchCsv;
import org.mutualportal.core.web.Texts;

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
    AuditLog audit;

    @Inject
    AdminRequest admin;

    @Inject
    PortalClock clock;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        AuditCriteria criteria = AuditCriteria.parse(request.getParameter("from"), request.getParameter("to"),
                request.getParameter("action"), request.getParameter("actor"), request.getParameter("target"));
        audit.recordAlone(admin.actor(), "AUDIT_EXPORTED", null, criteria.describe(), admin.remoteAddress());
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
        return List.of(Texts.core("admin.audit.column.date"), Texts.core("admin.audit.column.action"),
                Texts.core("admin.audit.column.actor"), Texts.core("admin.audit.column.actor-login"),
                Texts.core("admin.audit.column.target"), Texts.core("admin.audit.column.target-login"),
                Texts.core("admin.audit.column.detail"), Texts.core("admin.audit.column.address"));
    }
}
