package org.mutualportal.account.export;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.mutualportal.core.audit.AuditLog;
import org.mutualportal.core.member.MemberContext;
import org.mutualportal.core.member.SignedInUser;
import org.mutualportal.core.time.PortalClock;
import org.mutualportal.core.web.Downloads;

/** Downloads of "Exporter mes données": {@code /account/export/mes-donnees.json} and {@code …csv}. */
@WebServlet("/account/export/*")
public class DataExportServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    DataExport export;

    @Inject
    MemberContext memberContext;

    @Inject
    AuditLog audit;

    @Inject
    PortalClock clock;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String format = request.getPathInfo() == null ? "" : request.getPathInfo();
        boolean json = format.endsWith(".json");
        if (!json && !format.endsWith(".csv")) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        SignedInUser user = memberContext.user().orElseThrow();
        var sections = export.sections(memberContext.memberId(), user.accountId());
        byte[] body = (json ? export.json(sections) : export.csv(sections)).getBytes(StandardCharsets.UTF_8);
        audit.recordAlone(user.callerName(), "DATA_EXPORTED", user.callerName(), json ? "json" : "csv", request.getRemoteAddr());
        String name = "mes-donnees-" + LocalDate.now(PortalClock.PARIS) + (json ? ".json" : ".csv");
        Downloads.send(response, body, json ? "application/json;charset=UTF-8" : "text/csv;charset=UTF-8", name);
    }
}
