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

    /** Digits of the largest id read: longer cannot be a {@code long} id, and answers 404 like the pages' ids. */
    private static final int MAX_ID_DIGITS = 18;

    @Inject
    MemberRequests requests;

    @Inject
    RequestDesk desk;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getPathInfo() == null ? "" : request.getPathInfo().substring(1);
        try {
            long id = parseId(path);
            RequestAttachment attachment = request.getServletPath().startsWith("/contact/staff/")
                    ? desk.attachment(id)
                    : requests.attachment(id);
            response.setHeader("Content-Security-Policy", "sandbox");
            Downloads.send(response, attachment.getContent(), attachment.getContentType(), attachment.getFileName());
        } catch (NotFoundException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
        }
    }

    /**
     * The rule of the pages' {@code portal.id} converter, which a servlet does not go through: a positive whole
     * number, or not found.
     */
    static long parseId(String raw) {
        if (raw.isEmpty() || raw.length() > MAX_ID_DIGITS || !raw.chars().allMatch(Character::isDigit)) {
            throw new NotFoundException();
        }
        long id = Long.parseLong(raw);
        if (id <= 0) {
            throw new NotFoundException();
        }
        return id;
    }
}
