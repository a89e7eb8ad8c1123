package org.mutualportal.account.export;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.mutualportal.account.AccountAudit;
import org.mutualportal.api.audit.AuditLog;
import org.mutualportal.api.member.MemberContext;
import org.mutualportal.api.security.Actor;
import org.mutualportal.api.time.PortalClock;
import org.mutualportal.api.web.Downloads;

/** Downloads of "Exporter mes données": {@code /account/export/mes-donnees.json} and {@code …csv}. */
@WebServlet("/account/export/*")
public class DataExportServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    DataExport export;

    @Inject
    MemberContext memberContext;

    @Inject
    Actor actor;

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
        Long accountId = actor.accountId();
        if (accountId == null || !memberContext.isMember()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        var sections = export.sections(memberContext.memberId(), accountId);
        byte[] body = (json ? export.json(sections) : export.csv(sections)).getBytes(StandardCharsets.UTF_8);
        audit.recordAlone(AccountAudit.DATA_EXPORTED, actor.name(), json ? "json" : "csv");
        String name = "mes-donnees-" + clock.today() + (json ? ".json" : ".csv");
        Downloads.send(response, body, json ? "application/json;charset=UTF-8" : "text/csv;charset=UTF-8", name);
    }
}
