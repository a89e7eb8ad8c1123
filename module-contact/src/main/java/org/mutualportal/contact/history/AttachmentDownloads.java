package org.mutualportal.contact.history;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.mutualportal.api.requests.MemberRequests;
import org.mutualportal.api.requests.RequestAttachment;
import org.mutualportal.api.requests.RequestDesk;
import org.mutualportal.api.web.Converters;
import org.mutualportal.api.web.Downloads;
import org.mutualportal.api.web.NotFoundException;

/**
 * Downloads of request attachments: {@code /contact/attachment/<id>} for the member who owns the request
 * (another member's file is not found), {@code /contact/staff/attachment/<id>} for staff (audited). The file
 * is sent as an attachment with its sniffed type, never rendered inline.
 */
@WebServlet({"/contact/attachment/*", "/contact/staff/attachment/*"})
public class AttachmentDownloads extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    MemberRequests requests;

    @Inject
    RequestDesk desk;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getPathInfo() == null ? "" : request.getPathInfo().substring(1);
        try {
            long id = Converters.parseId(path);
            RequestAttachment attachment = request.getServletPath().startsWith("/contact/staff/")
                    ? desk.attachment(id)
                    : requests.attachment(id);
            response.setHeader("Content-Security-Policy", "sandbox");
            Downloads.send(response, attachment.getContent(), attachment.getContentType(), attachment.getFileName());
        } catch (NotFoundException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
        }
    }
}
