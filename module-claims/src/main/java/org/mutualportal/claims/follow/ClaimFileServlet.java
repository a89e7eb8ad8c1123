package org.mutualportal.claims.follow;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.mutualportal.api.requests.MemberRequests;
import org.mutualportal.api.requests.RequestAttachment;
import org.mutualportal.api.web.Converters;
import org.mutualportal.api.web.Downloads;
import org.mutualportal.api.web.NotFoundException;
import org.mutualportal.claims.claim.Claims;

/**
 * {@code /claims/file/<id>}: a file of one of the member's claims. Another member's file, a file of a request that
 * is not a claim, a malformed id: not found. Sent as a download with its sniffed type, never rendered as a page.
 */
@WebServlet("/claims/file/*")
public class ClaimFileServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    MemberRequests requests;

    @Inject
    Claims claims;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String raw = request.getPathInfo() == null ? "" : request.getPathInfo().substring(1);
        try {
            RequestAttachment attachment = requests.attachment(Converters.parseId(raw));
            claims.own(attachment.getRequestId());
            response.setHeader("Content-Security-Policy", "sandbox");
            Downloads.send(response, attachment.getContent(), attachment.getContentType(), attachment.getFileName());
        } catch (NotFoundException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
        }
    }
}
