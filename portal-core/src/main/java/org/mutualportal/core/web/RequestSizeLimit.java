package org.mutualportal.core.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Refuses a form too large to be read with the French 413 page, before anything reads a parameter of it.
 *
 * <p>Above the Faces servlet's {@code max-request-size} the container reads none of the request's parameters: the
 * page could neither show the form again nor say why, and failed with the 500 page. The bound is far above what a
 * valid form sends (the files a request takes, {@code portal.requests.attachments.max-count} times
 * {@code max-bytes}, each checked by the portal with a message next to the field), so only an oversized upload
 * meets it. Declared first in the core's {@code web-fragment.xml}.
 */
public class RequestSizeLimit extends HttpFilter {

    private static final long serialVersionUID = 1L;

    /** The Faces servlet's {@code multipart-config/max-request-size} in {@code web-fragment.xml}: keep them equal. */
    static final long MAX_REQUEST_BYTES = 100L * 1024 * 1024;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (request.getContentLengthLong() > MAX_REQUEST_BYTES) {
            // The body is not read: the connection closes after the answer rather than receiving it all.
            response.setHeader("Connection", "close");
            response.sendError(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
            return;
        }
        chain.doFilter(request, response);
    }
}
